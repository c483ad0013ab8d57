/**
 * The matter capability's domain (001 6.3, 7.1; 002 6.2, 6.3 b): the basic catalogue the national
 * platform hands down ({@link org.onewindow.matter.domain.CatalogueItem}), the implementation-list
 * items as versions under review ({@link org.onewindow.matter.domain.MatterVersion}), their
 * elements and navigation facets with the rules each obeys ({@link
 * org.onewindow.matter.domain.MatterElements}), and the per-feed counters that number the outbound
 * changes in commit order ({@link org.onewindow.matter.domain.MatterFeed}). No container needed.
 */
package org.onewindow.matter.domain;
