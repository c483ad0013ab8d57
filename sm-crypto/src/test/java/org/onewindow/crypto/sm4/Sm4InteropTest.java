package org.onewindow.crypto.sm4;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.onewindow.crypto.OpenSsl;

/** SM4-CBC and SM4-CTR ciphertexts decrypt both ways with OpenSSL's {@code enc}. */
class Sm4InteropTest {

  private static final HexFormat HEX = HexFormat.of();
  private static final byte[] MESSAGE =
      "全国一体化政务服务平台 — SM4 interop, more than one block long.".getBytes(StandardCharsets.UTF_8);

  private static String[] enc(String cipher, boolean decrypt, Sm4Key key, byte[] iv) {
    return new String[] {
      "enc",
      "-" + cipher,
      decrypt ? "-d" : "-e",
      "-K",
      HEX.formatHex(key.bytes()),
      "-iv",
      HEX.formatHex(iv)
    };
  }

  @Test
  void cbcInteroperatesWithOpenSsl() {
    OpenSsl.assumeAvailable();
    Sm4Key key = Sm4Key.generate();
    byte[] iv = HEX.parseHex("000102030405060708090a0b0c0d0e0f");
    byte[] theirs = OpenSsl.run(MESSAGE, enc("sm4-cbc", false, key, iv));
    assertArrayEquals(MESSAGE, Sm4Cbc.decrypt(key, iv, theirs));
    byte[] ours = Sm4Cbc.encrypt(key, iv, MESSAGE);
    assertArrayEquals(MESSAGE, OpenSsl.run(ours, enc("sm4-cbc", true, key, iv)));
    assertArrayEquals(theirs, ours);
  }

  @Test
  void ctrInteroperatesWithOpenSsl() {
    OpenSsl.assumeAvailable();
    Sm4Key key = Sm4Key.generate();
    byte[] iv = HEX.parseHex("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff"); // counter wraps within the run
    byte[] theirs = OpenSsl.run(MESSAGE, enc("sm4-ctr", false, key, iv));
    assertArrayEquals(MESSAGE, Sm4Ctr.apply(key, iv, theirs));
    assertArrayEquals(
        MESSAGE, OpenSsl.run(Sm4Ctr.apply(key, iv, MESSAGE), enc("sm4-ctr", true, key, iv)));
  }
}
