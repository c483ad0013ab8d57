package org.onewindow.crypto.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.onewindow.crypto.CryptoException;
import org.onewindow.crypto.OpenSsl;
import org.onewindow.crypto.Sm3;

/** HKDF with HMAC-SM3 against RFC 5869's definition and against OpenSSL's HKDF. */
class HkdfSm3Test {

  private static final HexFormat HEX = HexFormat.of();
  private static final byte[] IKM = HEX.parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
  private static final byte[] SALT = HEX.parseHex("000102030405060708090a0b0c");
  private static final byte[] INFO = HEX.parseHex("f0f1f2f3f4f5f6f7f8f9");

  private static byte[] concat(byte[]... parts) {
    byte[] out = new byte[0];
    for (byte[] part : parts) {
      int at = out.length;
      out = Arrays.copyOf(out, at + part.length);
      System.arraycopy(part, 0, out, at, part.length);
    }
    return out;
  }

  @Test
  void followsRfc5869AcrossSeveralBlocks() {
    // RFC 5869 2.2–2.3 written out: T(1) = HMAC(PRK, info || 1), T(2) = HMAC(PRK, T(1) || info ||
    // 2)…
    byte[] prk = Sm3.hmac(SALT, IKM);
    byte[] t1 = Sm3.hmac(prk, concat(INFO, new byte[] {1}));
    byte[] t2 = Sm3.hmac(prk, concat(t1, INFO, new byte[] {2}));
    byte[] t3 = Sm3.hmac(prk, concat(t2, INFO, new byte[] {3}));
    byte[] expected = Arrays.copyOf(concat(t1, t2, t3), 82);
    assertArrayEquals(prk, HkdfSm3.extract(SALT, IKM));
    assertArrayEquals(expected, HkdfSm3.expand(prk, INFO, 82));
    assertArrayEquals(expected, HkdfSm3.derive(SALT, IKM, INFO, 82));
  }

  @Test
  void anAbsentSaltIsHashLenZeros() {
    assertArrayEquals(Sm3.hmac(new byte[32], IKM), HkdfSm3.extract(null, IKM));
    assertArrayEquals(Sm3.hmac(new byte[32], IKM), HkdfSm3.extract(new byte[0], IKM));
  }

  @Test
  void matchesOpenSsl() {
    OpenSsl.assumeAvailable();
    for (int length : new int[] {16, 32, 42, 82}) {
      String theirs =
          OpenSsl.text(
                  new byte[0],
                  "kdf",
                  "-keylen",
                  String.valueOf(length),
                  "-kdfopt",
                  "digest:SM3",
                  "-kdfopt",
                  "hexkey:" + HEX.formatHex(IKM),
                  "-kdfopt",
                  "hexsalt:" + HEX.formatHex(SALT),
                  "-kdfopt",
                  "hexinfo:" + HEX.formatHex(INFO),
                  "HKDF")
              .replace(":", "")
              .toLowerCase();
      assertEquals(theirs, HEX.formatHex(HkdfSm3.derive(SALT, IKM, INFO, length)));
    }
  }

  @Test
  void refusesImpossibleLengthsAndShortKeys() {
    byte[] prk = HkdfSm3.extract(SALT, IKM);
    byte[] info = "x".getBytes(StandardCharsets.UTF_8);
    assertThrows(CryptoException.class, () -> HkdfSm3.expand(prk, info, 0));
    assertThrows(CryptoException.class, () -> HkdfSm3.expand(prk, info, 255 * 32 + 1));
    assertEquals(255 * 32, HkdfSm3.expand(prk, info, 255 * 32).length);
    assertThrows(CryptoException.class, () -> HkdfSm3.expand(new byte[16], info, 16));
  }
}
