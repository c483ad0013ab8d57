package org.onewindow.matter.domain;

import org.onewindow.common.Labelled;

/** The navigation by administrative jurisdiction (001 6.3.6): 定点办理 or 跨地区通办. */
public enum Jurisdiction implements Labelled {
  FIXED_LOCATION,
  CROSS_REGION;

  @Override
  public String labelKey() {
    return "matter.jurisdiction." + name();
  }
}
