package org.onewindow.matter.domain;

import org.onewindow.common.Labelled;

/** 事项类型, and the navigation by the matter's nature (001 6.3.1): the ten kinds of 行政权力 and 公共服务. */
public enum MatterType implements Labelled {
  ADMINISTRATIVE_LICENSING,
  ADMINISTRATIVE_PENALTY,
  ADMINISTRATIVE_COERCION,
  ADMINISTRATIVE_LEVY,
  ADMINISTRATIVE_PAYMENT,
  ADMINISTRATIVE_INSPECTION,
  ADMINISTRATIVE_CONFIRMATION,
  ADMINISTRATIVE_REWARD,
  ADMINISTRATIVE_ADJUDICATION,
  OTHER_ADMINISTRATIVE_POWER,
  PUBLIC_SERVICE;

  @Override
  public String labelKey() {
    return "matter.type." + name();
  }

  /** 行政权力事项 (every kind but 公共服务, 001 6.3.1). */
  public boolean administrativePower() {
    return this != PUBLIC_SERVICE;
  }
}
