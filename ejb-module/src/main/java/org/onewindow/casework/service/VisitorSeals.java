package org.onewindow.casework.service;

import org.onewindow.casework.domain.Appointment;
import org.onewindow.casework.domain.CasePhone;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.PlatformKeys;
import org.onewindow.crypto.mask.Masking;

/**
 * Keeps a visitor's name and phone on their booking as the platform keeps personal data (003
 * 6.3.2.3): SM4-sealed under the key ring (purpose {@value #PURPOSE}), with masked forms (000 示例8)
 * for every view — the hall's day list included.
 */
final class VisitorSeals {

  /** The key ring's purpose for visitors' data. */
  static final String PURPOSE = "appointment-visitor";

  private VisitorSeals() {}

  /**
   * Seals {@code name} and {@code phone} (blank: none) onto {@code appointment}.
   *
   * @throws InvalidInputException when the phone is no phone number
   */
  static void seal(Appointment appointment, String name, String phone) {
    String number = phone == null || phone.isBlank() ? null : CasePhone.normalized(phone.strip());
    if (phone != null && !phone.isBlank() && number == null) {
      throw InvalidInputException.keyed("phone", "casework.appointment.phone");
    }
    var ring = PlatformKeys.ring();
    appointment.visitor(
        ring.encryptString(PURPOSE, name),
        Masking.name(name),
        number == null ? null : ring.encryptString(PURPOSE, number),
        number == null
            ? null
            : number.startsWith("0") ? Masking.landline(number) : Masking.mobile(number));
  }
}
