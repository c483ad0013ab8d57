package org.onewindow.crypto.sm2;

import java.util.HexFormat;
import org.onewindow.crypto.CryptoException;

/** Hex decoding with an error that names what was being read. */
final class Hex {

  private Hex() {}

  static byte[] decode(String hex, String what) {
    try {
      return HexFormat.of().parseHex(hex);
    } catch (IllegalArgumentException e) {
      throw new CryptoException(what + " is not valid hex");
    }
  }
}
