package org.onewindow.web.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.onewindow.common.InvalidInputException;

/**
 * The original name of a file uploaded as a raw body: the {@code X-File-Name} header, URL-encoded
 * so any name travels in a header, kept as metadata only (never part of a path).
 */
public final class UploadNames {

  public static final String HEADER = "X-File-Name";

  private UploadNames() {}

  /**
   * The decoded name, empty without the header.
   *
   * @param refusalKey the message key for a header that is no URL-encoded text
   * @throws InvalidInputException naming {@value #HEADER} when it cannot be decoded
   */
  public static String decode(String header, String refusalKey) {
    try {
      return header == null ? "" : URLDecoder.decode(header, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.keyed(HEADER, refusalKey);
    }
  }
}
