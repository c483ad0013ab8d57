package org.onewindow.it.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the PostgreSQL run, with a message, where no PostgreSQL answers on 127.0.0.1:5432. The H2
 * run always goes ahead.
 */
public class DatabaseAvailable implements ExecutionCondition {

  private static final String HOST = "127.0.0.1";
  private static final int PORT = 5432;
  private static final String SCHEMA = System.getProperty("it.pg.schema", "onewindow_it");

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String database = System.getProperty("onewindow.it.database", "h2");
    if (!"pg".equals(database)) {
      return ConditionEvaluationResult.enabled("runs on " + database);
    }
    if (reachable()) {
      createTestSchema();
      return ConditionEvaluationResult.enabled("PostgreSQL answers on " + HOST + ":" + PORT);
    }
    String reason =
        "PostgreSQL not reachable on " + HOST + ":" + PORT + ": skipping the PostgreSQL run";
    System.out.println("[onewindow-it] " + reason);
    return ConditionEvaluationResult.disabled(reason);
  }

  /** The schema the PostgreSQL run uses (arquillian.xml), apart from a platform run's tables. */
  private static void createTestSchema() {
    String url = "jdbc:postgresql://" + HOST + ":" + PORT + "/test";
    try (Connection connection = DriverManager.getConnection(url, "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot prepare schema " + SCHEMA + " in " + url, e);
    }
  }

  private static boolean reachable() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(HOST, PORT), 2000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
