package org.onewindow.filing.service;

import java.util.Base64;
import org.onewindow.crypto.sm2.Sm2PrivateKey;
import org.onewindow.crypto.sm2.Sm2PublicKey;
import org.onewindow.filing.domain.FilingNumber;
import org.onewindow.filing.domain.RecordFacts;
import org.onewindow.filing.domain.RecordSignature;

/**
 * The record's SM2 signature as the API and the QR code carry it (Base64 of the DER signature over
 * {@link RecordSignature#canonicalBytes}; docs/wire-formats.md §5), and its number ({@link
 * FilingNumber}).
 */
final class RecordSigning {

  private RecordSigning() {}

  static String sign(Sm2PrivateKey key, RecordFacts facts) {
    return Base64.getEncoder().encodeToString(RecordSignature.sign(key, facts));
  }

  /**
   * @throws IllegalArgumentException when {@code signature} is no Base64 (standard or URL-safe)
   */
  static boolean verify(Sm2PublicKey key, RecordFacts facts, String signature) {
    String text = signature.strip();
    byte[] der =
        text.indexOf('-') >= 0 || text.indexOf('_') >= 0
            ? Base64.getUrlDecoder().decode(text)
            : Base64.getDecoder().decode(text);
    return RecordSignature.verify(key, facts, der);
  }

  static String number(String divisionCode, int year, int serial) {
    return FilingNumber.of(divisionCode, year, serial).toString();
  }
}
