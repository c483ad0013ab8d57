/**
 * Shared kernel: the administrative division table (C 0109.1-2018 4.3, after GB/T 2260) that every
 * capability checks division codes against — interfaces and access units today, filings, matters
 * and halls as they come.
 *
 * <ul>
 *   <li>{@link org.onewindow.region.DivisionTable}: the seam (code to name) and the one rule for an
 *       accepted code ({@link org.onewindow.region.DivisionTable#checked}).
 *   <li>{@link org.onewindow.region.Divisions#table()}: the table the deployment is configured
 *       with; {@link org.onewindow.region.BundledDivisionTable} reads it (the bundled {@code
 *       divisions.tsv} next to these classes, or the file named by {@code
 *       onewindow.divisions.file}).
 * </ul>
 *
 * <p>Plain Java, no container and no capability's entities: any package may use it.
 */
package org.onewindow.region;
