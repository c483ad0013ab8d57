package org.onewindow.crypto.sm2;

import java.util.Base64;
import org.onewindow.crypto.CryptoException;

/** PEM (RFC 7468) armour for DER keys, as OpenSSL reads and writes them. */
final class Pem {

  private Pem() {}

  static String encode(String type, byte[] der) {
    String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }

  static byte[] decode(String pem, String type) {
    String begin = "-----BEGIN " + type + "-----";
    String end = "-----END " + type + "-----";
    int from = pem.indexOf(begin);
    int to = pem.indexOf(end);
    if (from < 0 || to < from) {
      throw new CryptoException("expected a PEM block of type " + type);
    }
    String body = pem.substring(from + begin.length(), to).replaceAll("\\s", "");
    try {
      return Base64.getDecoder().decode(body);
    } catch (IllegalArgumentException e) {
      throw new CryptoException("the PEM block is not valid Base64");
    }
  }
}
