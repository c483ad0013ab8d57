package org.onewindow.appcenter.domain;

import org.onewindow.common.EnumNames;
import org.onewindow.common.InvalidInputException;

/**
 * How the platform authenticates itself to a registered interface when it forwards a call (000
 * 9.4.4): a) 安全鉴权, every forwarded request SM2-signed with the interface's own platform key; b)
 * 白名单鉴权, the interface admits the platform's addresses and the call is sent unsigned.
 */
public enum AuthMode {
  SIGNATURE("安全鉴权（SM2 请求签名）"),
  WHITELIST("白名单鉴权");

  private final String label;

  AuthMode(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * Reads a mode in either case.
   *
   * @throws InvalidInputException for anything but SIGNATURE or WHITELIST
   */
  public static AuthMode parse(String text) {
    return EnumNames.parse(
        AuthMode.class, text, "authMode", "鉴权模式应为 SIGNATURE（安全鉴权）或 WHITELIST（白名单鉴权）");
  }
}
