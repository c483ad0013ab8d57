package org.onewindow.casework.domain;

import org.onewindow.crypto.mask.Masking;

/**
 * How an applicant's personal data appears in every view, feed, export and log line (000 示例8, 003
 * 6.3.2.1 d): a natural person's name 「张**」, ID numbers 「1101**************」, mobiles
 * 「1390*******」, landlines with the subscriber number hidden, addresses after the district hidden.
 * A legal person's name is the organisation's registered name, public by law, and stays readable.
 */
public final class MaskedApplicant {

  private MaskedApplicant() {}

  public static String name(ApplicantType type, String name) {
    return type == ApplicantType.LEGAL_PERSON ? name : Masking.name(name);
  }

  /** The masked ID number, or null when there is none. */
  public static String idNumber(String idNumber) {
    return idNumber == null ? null : Masking.idNumber(idNumber);
  }

  public static String phone(String phone) {
    return CasePhone.isLandline(phone) ? Masking.landline(phone) : Masking.mobile(phone);
  }

  /** The masked address, or null when there is none. */
  public static String address(String address) {
    return address == null ? null : Masking.address(address);
  }
}
