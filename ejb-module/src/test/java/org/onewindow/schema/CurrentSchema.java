package org.onewindow.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * What the migrations of this build make, in one place for every schema test: a new migration
 * changes {@link #VERSION} (and {@link #TABLES} when it adds or drops a table) here, nowhere else.
 */
final class CurrentSchema {

  /** The latest migration's version: {@code db/migration/<database>/V17__…}. */
  static final int VERSION = 17;

  /** The platform's tables after every migration, Flyway's history table not counted. */
  static final int TABLES = 65;

  private CurrentSchema() {}

  /** The version {@link SchemaMigrations#migrate} reports after migrating. */
  static String version() {
    return String.valueOf(VERSION);
  }

  /**
   * The history ({@link MigrationHistory}) of a database migrated from empty: the empty baseline,
   * then every migration in turn.
   */
  static List<String> historyFromEmpty() {
    List<String> rows = new ArrayList<>(List.of("0 BASELINE"));
    for (int version = 1; version <= VERSION; version++) {
      rows.add(version + " SQL");
    }
    return rows;
  }
}
