package org.onewindow.filing.service;

import org.onewindow.crypto.sm2.Sm2PrivateKey;
import org.onewindow.crypto.sm2.Sm2PublicKey;
import org.onewindow.filing.domain.RecordFacts;

/** The record's canonical form, SM2 signature and number scheme, as the domain defines them. */
final class RecordSigning {

  private RecordSigning() {}

  static String sign(Sm2PrivateKey key, RecordFacts facts) {
    throw new IllegalStateException("arrives with the record's canonical form");
  }

  static boolean verify(Sm2PublicKey key, RecordFacts facts, String signature) {
    throw new IllegalStateException("arrives with the record's canonical form");
  }

  static String number(String divisionCode, int year, int serial) {
    throw new IllegalStateException("arrives with the filing number scheme");
  }
}
