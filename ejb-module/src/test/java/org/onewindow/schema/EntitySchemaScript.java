package org.onewindow.schema;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints the DDL Hibernate would create for the current entity model on one database: the starting
 * point of a new migration (README, "Database schema"). Not a test.
 *
 * <pre>
 * mvn -o -q test-compile -pl ejb-module -am
 * java -cp "ejb-module/target/test-classes:ejb-module/target/classes:$(cat cp.txt)" \
 *     org.onewindow.schema.EntitySchemaScript postgresql target/entities-postgresql.sql
 * </pre>
 */
public final class EntitySchemaScript {

  private EntitySchemaScript() {}

  public static void main(String[] args) throws Exception {
    String dialect =
        switch (args[0]) {
          case "h2" -> "org.hibernate.dialect.H2Dialect";
          case "postgresql" -> "org.hibernate.dialect.PostgreSQLDialect";
          default -> throw new IllegalArgumentException("h2 or postgresql, not " + args[0]);
        };
    Path output = Path.of(args[1]);
    Files.deleteIfExists(output);
    EntityModel.writeCreateScript(dialect, output);
  }
}
