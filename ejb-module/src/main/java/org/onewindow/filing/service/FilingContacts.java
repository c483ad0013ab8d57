package org.onewindow.filing.service;

import org.onewindow.common.PlatformKeys;
import org.onewindow.filing.domain.Filing;

/**
 * Seals and opens a filing's people's names and phone numbers with the platform key ring (SM4 data
 * keys under the KEK, 003 6.3.2.3), purpose {@value Filing#CONTACT_PURPOSE}.
 */
final class FilingContacts {

  private FilingContacts() {}

  static String seal(String clear) {
    return PlatformKeys.ring().encryptString(Filing.CONTACT_PURPOSE, clear);
  }

  static String open(String sealed) {
    return PlatformKeys.ring().decryptString(Filing.CONTACT_PURPOSE, sealed);
  }
}
