package org.onewindow.schema;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a database holds before the migrations run, judged from its table names alone; the rule of
 * docs/adr/0007-versioned-schema.md. Tables that are not the platform's (JBeret's job repository
 * shares the datasource) do not count.
 */
public enum SchemaState {

  /** A migration history exists: Flyway takes it from there. */
  VERSIONED,

  /** None of the platform's tables: V1 and every later migration run. */
  EMPTY,

  /**
   * Every table of release 0.1 and no history: a database made by {@code hbm2ddl update} before
   * migrations existed, adopted as version 1 (baseline), then migrated from V2 on.
   */
  RELEASE_0_1,

  /**
   * Some of release 0.1's tables but not all, and no history: not a schema the platform made, so
   * nothing is changed and the deployment stops with the missing tables named.
   */
  UNKNOWN;

  /** Flyway's history table (its default name). */
  public static final String HISTORY_TABLE = "flyway_schema_history";

  /**
   * The 23 tables release 0.1 made with {@code hbm2ddl}: the content of V1. Frozen: later tables
   * come with their migrations and never join this list.
   */
  public static final List<String> RELEASE_0_1_TABLES =
      List.of(
          "ow_access_unit",
          "ow_app",
          "ow_app_binding",
          "ow_app_file",
          "ow_app_note",
          "ow_app_publication",
          "ow_audit_chain_head",
          "ow_audit_record",
          "ow_automatic_alarm",
          "ow_gateway_usage",
          "ow_hall",
          "ow_identity_event_receipt",
          "ow_inspection_record",
          "ow_inspection_schedule",
          "ow_interface",
          "ow_interface_feedback",
          "ow_interface_feedback_finding",
          "ow_interface_grant",
          "ow_interface_request_param",
          "ow_interface_response_param",
          "ow_interface_test",
          "ow_review_transition",
          "ow_sensitive_word");

  /** The state of a schema holding {@code tables} (any letter case, as the database reports). */
  public static SchemaState of(Set<String> tables) {
    Set<String> names = lowerCase(tables);
    if (names.contains(HISTORY_TABLE)) {
      return VERSIONED;
    }
    long present = RELEASE_0_1_TABLES.stream().filter(names::contains).count();
    if (present == 0) {
      return EMPTY;
    }
    return present == RELEASE_0_1_TABLES.size() ? RELEASE_0_1 : UNKNOWN;
  }

  /** Release 0.1's tables missing from {@code tables}: what makes a state {@link #UNKNOWN}. */
  public static List<String> missingFrom(Set<String> tables) {
    Set<String> names = lowerCase(tables);
    return RELEASE_0_1_TABLES.stream().filter(table -> !names.contains(table)).toList();
  }

  private static Set<String> lowerCase(Set<String> tables) {
    return tables.stream()
        .map(name -> name.toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }
}
