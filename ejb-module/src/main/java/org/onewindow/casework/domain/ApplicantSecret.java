package org.onewindow.casework.domain;

import java.util.regex.Pattern;

/**
 * An applicant's personal data as one sealed value (003 6.3.2.3): name, ID number, phone and
 * delivery address. One value per case rather than one per field: the inbound sync seals a million
 * cases, and each sealed value costs a fresh data key and its wrapping. The clear form joins the
 * fields with the unit separator U+001F, which {@link CaseRecordReader} refuses inside any field.
 *
 * @param name the applicant's name
 * @param idNumber the ID number, or null
 * @param phone the phone number
 * @param deliveryAddress the delivery address, or null
 */
public record ApplicantSecret(String name, String idNumber, String phone, String deliveryAddress) {

  /** The key ring purpose of the sealed value (see {@code PlatformKeys}). */
  public static final String PURPOSE = "case-applicant";

  private static final String SEPARATOR = "\u001f";
  private static final Pattern SPLIT = Pattern.compile(SEPARATOR);

  /** The applicant's secret of {@code facts}. */
  public static ApplicantSecret of(CaseFacts facts) {
    Applicant applicant = facts.applicant();
    return new ApplicantSecret(
        applicant.name(), applicant.idNumber(), applicant.phone(), facts.deliveryAddress());
  }

  /** The clear text to seal. */
  public String clearText() {
    return name
        + SEPARATOR
        + blank(idNumber)
        + SEPARATOR
        + phone
        + SEPARATOR
        + blank(deliveryAddress);
  }

  /** The secret whose {@link #clearText} is {@code text}. */
  public static ApplicantSecret fromClearText(String text) {
    String[] parts = SPLIT.split(text, -1);
    if (parts.length != 4) {
      throw new IllegalArgumentException("not an applicant's sealed data");
    }
    return new ApplicantSecret(parts[0], none(parts[1]), parts[2], none(parts[3]));
  }

  private static String blank(String value) {
    return value == null ? "" : value;
  }

  private static String none(String value) {
    return value.isEmpty() ? null : value;
  }

  @Override
  public String toString() {
    return "ApplicantSecret[sealed]";
  }
}
