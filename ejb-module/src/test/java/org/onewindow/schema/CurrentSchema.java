package org.onewindow.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * What the migrations of this build make, in one place for every schema test: a new migration
 * changes {@link #VERSION} (and {@link #TABLES} when it adds or drops a table) here, nowhere else.
 */
final class CurrentSchema {

  /** The latest migration's version: {@code db/migration/<database>/V14__…}. */
  static final int VERSION = 14;

  /**
   * The versions this branch has, in order: V11–V13 belong to work merged alongside (the merger
   * makes this contiguous again).
   */
  static final int[] VERSIONS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 14};

  /** The platform's tables after every migration, Flyway's history table not counted. */
  static final int TABLES = 48;

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
    for (int version : VERSIONS) {
      rows.add(version + " SQL");
    }
    return rows;
  }
}
