package org.onewindow.filing.domain;

import org.onewindow.crypto.mask.Masking;

/**
 * How a filing's people appear in every view, export and log line (000 示例8, 003 6.3.2.1 d): names
 * 「王**」, mobile numbers 「1390*******」, landlines with the subscriber number masked.
 */
public final class MaskedContacts {

  private MaskedContacts() {}

  public static String name(String value) {
    return value == null || value.isEmpty() ? "" : Masking.name(value);
  }

  public static String phone(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    return value.startsWith("0") ? Masking.landline(value) : Masking.mobile(value);
  }
}
