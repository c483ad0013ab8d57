package org.onewindow.appcenter.domain;

import java.util.Locale;
import org.onewindow.common.EnumNames;
import org.onewindow.common.InvalidInputException;

/**
 * The protocol an interface speaks (000 9.4.2 示例7 接口协议). It must agree with the address's scheme;
 * production deployments accept HTTPS only unless plain HTTP is allowed by configuration.
 */
public enum InterfaceProtocol {
  HTTP,
  HTTPS;

  /** The URI scheme of this protocol. */
  public String scheme() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a protocol in either case.
   *
   * @throws InvalidInputException for anything but HTTP or HTTPS
   */
  public static InterfaceProtocol parse(String text) {
    return EnumNames.lookup(InterfaceProtocol.class, text)
        .orElseThrow(() -> InvalidInputException.keyed("protocol", "appcenter.protocol.unknown"));
  }
}
