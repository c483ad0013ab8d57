package org.onewindow.matter.service;

/**
 * The navigation facets of 001 6.3 a search can be narrowed by and counted over: nature (6.3.1),
 * target (6.3.2), implementing agency (6.3.3), theme (6.3.4), level (6.3.5), jurisdiction (6.3.6),
 * and the division of the agency (the province → city → county cascade of issue 20).
 */
public enum MatterFacet {
  NATURE,
  TARGET,
  AGENCY,
  THEME,
  LEVEL,
  JURISDICTION,
  DIVISION
}
