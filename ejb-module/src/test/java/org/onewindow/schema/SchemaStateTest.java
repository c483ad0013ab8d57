package org.onewindow.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The adoption rule of docs/adr/0007-versioned-schema.md, judged from table names alone. */
class SchemaStateTest {

  private static final Set<String> JBERET =
      Set.of("JOB_INSTANCE", "JOB_EXECUTION", "STEP_EXECUTION", "PARTITION_EXECUTION");

  @Test
  void aHistoryDecidesWhateverElseIsThere() {
    assertEquals(SchemaState.VERSIONED, SchemaState.of(Set.of("flyway_schema_history")));
    Set<String> tables = new HashSet<>(SchemaState.RELEASE_0_1_TABLES);
    tables.add("flyway_schema_history");
    assertEquals(SchemaState.VERSIONED, SchemaState.of(tables));
  }

  @Test
  void noPlatformTableIsEmptyEvenBesideTheJobRepository() {
    assertEquals(SchemaState.EMPTY, SchemaState.of(Set.of()));
    assertEquals(SchemaState.EMPTY, SchemaState.of(JBERET));
  }

  @Test
  void everyReleaseTableWithoutHistoryIsRelease01InAnyLetterCase() {
    Set<String> upper = new HashSet<>(JBERET);
    SchemaState.RELEASE_0_1_TABLES.forEach(t -> upper.add(t.toUpperCase(Locale.ROOT)));
    assertEquals(SchemaState.RELEASE_0_1, SchemaState.of(upper));
    assertEquals(
        SchemaState.RELEASE_0_1, SchemaState.of(new HashSet<>(SchemaState.RELEASE_0_1_TABLES)));
  }

  @Test
  void somePlatformTablesButNotAllAreUnknownAndTheMissingOnesAreNamed() {
    Set<String> tables = new HashSet<>(SchemaState.RELEASE_0_1_TABLES);
    tables.remove("ow_hall");
    tables.remove("ow_sensitive_word");
    assertEquals(SchemaState.UNKNOWN, SchemaState.of(tables));
    assertEquals(List.of("ow_hall", "ow_sensitive_word"), SchemaState.missingFrom(tables));
    assertEquals(SchemaState.UNKNOWN, SchemaState.of(Set.of("OW_ACCESS_UNIT")));
  }

  @Test
  void release01HasTheTablesOfVersionOne() {
    assertEquals(23, SchemaState.RELEASE_0_1_TABLES.size());
    assertEquals(23, Set.copyOf(SchemaState.RELEASE_0_1_TABLES).size());
  }
}
