package org.onewindow.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** SM3, HMAC-SM3 and PBKDF2-HMAC-SM3 against OpenSSL's implementation. */
class Sm3InteropTest {

  private static final HexFormat HEX = HexFormat.of();

  @Test
  void digestMatchesOpenSsl() {
    OpenSsl.assumeAvailable();
    byte[] message = "一体化政务服务平台 digest".getBytes(StandardCharsets.UTF_8);
    String theirs = OpenSsl.text(message, "dgst", "-sm3", "-r").split(" ")[0];
    assertEquals(theirs, HEX.formatHex(Sm3.digest(message)));
  }

  @Test
  void hmacMatchesOpenSsl() {
    OpenSsl.assumeAvailable();
    byte[] key = HEX.parseHex("000102030405060708090a0b0c0d0e0f10111213");
    byte[] message = "request body".getBytes(StandardCharsets.UTF_8);
    String theirs =
        OpenSsl.text(
                message, "mac", "-digest", "SM3", "-macopt", "hexkey:" + HEX.formatHex(key), "HMAC")
            .toLowerCase();
    assertEquals(theirs, HEX.formatHex(Sm3.hmac(key, message)));
  }

  @Test
  void pbkdf2MatchesOpenSsl() {
    OpenSsl.assumeAvailable();
    String theirs =
        OpenSsl.text(
                new byte[0],
                "kdf",
                "-keylen",
                "32",
                "-kdfopt",
                "digest:SM3",
                "-kdfopt",
                "pass:OneWindow@2026",
                "-kdfopt",
                "salt:saltsalt",
                "-kdfopt",
                "iter:1000",
                "PBKDF2")
            .replace(":", "")
            .toLowerCase();
    byte[] ours =
        Sm3.pbkdf2(
            "OneWindow@2026".toCharArray(),
            "saltsalt".getBytes(StandardCharsets.US_ASCII),
            1000,
            32);
    assertEquals(theirs, HEX.formatHex(ours));
  }

  @Test
  void pbkdf2RefusesAShortSaltAndZeroIterations() {
    assertThrows(CryptoException.class, () -> Sm3.pbkdf2("p".toCharArray(), new byte[4], 1, 32));
    assertThrows(CryptoException.class, () -> Sm3.pbkdf2("p".toCharArray(), new byte[16], 0, 32));
  }

  @Test
  void hmacDependsOnTheKey() {
    byte[] message = {1, 2, 3};
    byte[] a = Sm3.hmac(new byte[] {1}, message);
    byte[] b = Sm3.hmac(new byte[] {2}, message);
    assertEquals(32, a.length);
    assertThrows(AssertionError.class, () -> assertArrayEquals(a, b));
  }
}
