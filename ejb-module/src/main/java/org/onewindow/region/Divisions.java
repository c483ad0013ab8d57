package org.onewindow.region;

/**
 * The division table every capability checks codes against: the bundled GB/T 2260 edition, or the
 * file named by {@code -Donewindow.divisions.file} (production keeps it current). Read once per
 * file, so callers ask here each time instead of keeping a table of their own.
 *
 * <p>A static factory rather than a bean: domain code and plain helpers need the table as much as
 * services do, and the table holds no state a container must manage.
 */
public final class Divisions {

  private Divisions() {}

  /**
   * The configured table.
   *
   * @throws DivisionTableException when the configured file is missing or malformed
   */
  public static DivisionTable table() {
    return BundledDivisionTable.configured();
  }

  /**
   * The configured table as a tree, for cascades and for finding what lies within a division.
   *
   * @throws DivisionTableException when the configured file is missing or malformed
   */
  public static DivisionTree tree() {
    return BundledDivisionTable.configured().tree();
  }
}
