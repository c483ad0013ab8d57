/**
 * The service map's drawing (issue 20 item 7, 000 8.1.2 i): the areas a map shows, the seats of
 * divisions ({@code division-seats.tsv}), and the schematic — an SVG of Voronoi cells around the
 * seats with the halls as markers, drawn in the page with no tile server (README.md beside the
 * seats says why no boundary data). Which halls to show, and the distances, are the EJB service's.
 */
package org.onewindow.web.portal.map;
