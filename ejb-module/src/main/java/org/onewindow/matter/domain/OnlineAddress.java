package org.onewindow.matter.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.onewindow.common.InvalidInputException;

/**
 * The address a matter is handled at online (002 6.3 b: the access side gives the jump address of
 * its declaration page): an absolute http or https URL with a host, no user name or password in it
 * (a link people follow must not carry credentials), at most {@value #MAX_LENGTH} characters.
 */
public final class OnlineAddress {

  public static final int MAX_LENGTH = 500;

  private OnlineAddress() {}

  /**
   * The address checked and stripped; empty when none is given.
   *
   * @throws InvalidInputException naming {@code field} when it is not such an address
   */
  public static String checked(String field, String text) {
    String address = text == null ? "" : text.strip();
    if (address.isEmpty()) {
      return "";
    }
    if (address.length() > MAX_LENGTH) {
      throw InvalidInputException.keyed(
          field, "matter.field.tooLong", new FieldName(field), MAX_LENGTH);
    }
    URI uri;
    try {
      uri = new URI(address);
    } catch (URISyntaxException e) {
      throw InvalidInputException.keyed(field, "matter.onlineUrl.invalid", address);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https"))
        || uri.getHost() == null
        || uri.getHost().isBlank()
        || uri.getRawUserInfo() != null) {
      throw InvalidInputException.keyed(field, "matter.onlineUrl.invalid", address);
    }
    return address;
  }
}
