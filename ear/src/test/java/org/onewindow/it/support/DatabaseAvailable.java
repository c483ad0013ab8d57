package org.onewindow.it.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the PostgreSQL run, with a message, where no PostgreSQL answers on 127.0.0.1:5432 — before
 * any server starts for it. The H2 run always goes ahead.
 */
public class DatabaseAvailable implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String database = Platform.database();
    if (!"pg".equals(database)) {
      return ConditionEvaluationResult.enabled("runs on " + database);
    }
    if (TestPostgres.reachable()) {
      return ConditionEvaluationResult.enabled("PostgreSQL answers on " + TestPostgres.address());
    }
    String reason =
        "PostgreSQL not reachable on " + TestPostgres.address() + ": skipping the PostgreSQL run";
    System.out.println("[onewindow-it] " + reason);
    return ConditionEvaluationResult.disabled(reason);
  }
}
