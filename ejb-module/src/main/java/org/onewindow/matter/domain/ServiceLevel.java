package org.onewindow.matter.domain;

import org.onewindow.common.Labelled;

/**
 * 行使层级 and the navigation by level (001 6.3.5): national, provincial, municipal, county, township
 * (乡、镇、街道) and village (村、社区) matters.
 */
public enum ServiceLevel implements Labelled {
  NATIONAL,
  PROVINCIAL,
  MUNICIPAL,
  COUNTY,
  TOWNSHIP,
  VILLAGE;

  @Override
  public String labelKey() {
    return "matter.level." + name();
  }
}
