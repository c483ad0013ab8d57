package org.onewindow.matter.domain;

import org.onewindow.common.Labelled;

/**
 * 办件类型 (001 7.1): 即办件 (decided on the spot, no promised days), 承诺件 (decided within the promised
 * days), 上报件 (decided by a higher level) and 联办件 (decided by several departments together).
 */
public enum HandlingType implements Labelled {
  IMMEDIATE,
  PROMISED,
  REPORTED,
  JOINT;

  @Override
  public String labelKey() {
    return "matter.handling." + name();
  }
}
