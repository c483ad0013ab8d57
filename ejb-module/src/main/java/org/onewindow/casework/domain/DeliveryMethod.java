package org.onewindow.casework.domain;

/** How the result reaches the applicant (001 7.3: 快递信息). */
public enum DeliveryMethod {
  /** 窗口领取. */
  WINDOW,
  /** 邮寄: needs a delivery address. */
  POST,
  /** 电子送达. */
  ELECTRONIC
}
