package org.onewindow.casework.domain;

import java.util.regex.Pattern;

/**
 * The identity documents an applicant may name. Only the resident ID card's number has a checksum
 * the platform can verify (GB 11643); the others are checked for their form alone.
 */
public enum IdType {
  /** 居民身份证 (GB 11643-1999, checked with its MOD 11-2 check character). */
  RESIDENT_ID_CARD,
  /** 护照. */
  PASSPORT,
  /** 港澳居民来往内地通行证. */
  HK_MACAO_PERMIT,
  /** 台湾居民来往大陆通行证. */
  TAIWAN_PERMIT,
  /** 外国人永久居留身份证. */
  FOREIGN_PERMANENT_RESIDENT,
  /** 其他证件. */
  OTHER;

  private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[0-9A-Za-z-]{5,32}");

  /** Whether {@code number} has the form of this document's numbers (checksums aside). */
  boolean hasForm(String number) {
    return DOCUMENT_NUMBER.matcher(number).matches();
  }
}
