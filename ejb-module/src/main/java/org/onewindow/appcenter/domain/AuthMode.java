package org.onewindow.appcenter.domain;

import org.onewindow.common.EnumNames;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.Labelled;
import org.onewindow.common.Messages;

/**
 * How the platform authenticates itself to a registered interface when it forwards a call (000
 * 9.4.4): a) 安全鉴权, every forwarded request SM2-signed with the interface's own platform key; b)
 * 白名单鉴权, the interface admits the platform's addresses and the call is sent unsigned.
 */
public enum AuthMode implements Labelled {
  SIGNATURE,
  WHITELIST;

  @Override
  public String labelKey() {
    return "appcenter.authMode." + name();
  }

  /**
   * The name in the platform's language (records, and views until {@link
   * org.onewindow.common.Localized#in} reads them in the reader's).
   */
  public String label() {
    return label(Messages.PLATFORM_LOCALE);
  }

  /**
   * Reads a mode in either case.
   *
   * @throws InvalidInputException for anything but SIGNATURE or WHITELIST
   */
  public static AuthMode parse(String text) {
    return EnumNames.lookup(AuthMode.class, text)
        .orElseThrow(() -> InvalidInputException.keyed("authMode", "appcenter.authMode.unknown"));
  }
}
