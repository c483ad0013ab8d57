package org.onewindow.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * What the migrations of this build make, in one place for every schema test: a new migration
 * changes {@link #VERSION} (and {@link #TABLES} when it adds or drops a table) here, nowhere else.
 */
final class CurrentSchema {

  /** The latest migration's version: {@code db/migration/<database>/V13__…}. */
  static final int VERSION = 13;

  /**
   * The versions missing on this branch: V11 and V12 are other branches' (issue 20), merged
   * separately; the merger empties this list.
   */
  private static final java.util.Set<Integer> ELSEWHERE = java.util.Set.of(11, 12);

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
    for (int version = 1; version <= VERSION; version++) {
      if (ELSEWHERE.contains(version)) {
        continue;
      }
      rows.add(version + " SQL");
    }
    return rows;
  }
}
