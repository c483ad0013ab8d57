package org.onewindow.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * What the migrations of this build make, in one place for every schema test: a new migration
 * changes {@link #VERSION} (and {@link #TABLES} when it adds or drops a table) here, nowhere else.
 */
final class CurrentSchema {

  /** The latest migration's version: {@code db/migration/<database>/V10__…}. */
  static final int VERSION = 15;

  /** The platform's tables after every migration, Flyway's history table not counted. */
  static final int TABLES = 49;

  /**
   * Every migration's version in order. Branch h-map (issue 20 items 7-8) was given V15 while V11
   * to V14 are other branches': the merge fills the gap and this list goes back to 1..VERSION.
   */
  static final List<Integer> VERSIONS = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15);

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
