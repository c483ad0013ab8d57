package org.onewindow.crypto.sm4;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.onewindow.crypto.CryptoException;

/** SM4 against the standard's vectors, RFC 8998's GCM vector, and its failure modes. */
class Sm4Test {

  private static final HexFormat HEX = HexFormat.of();
  private static final Sm4Key STANDARD_KEY =
      Sm4Key.of(HEX.parseHex("0123456789abcdeffedcba9876543210"));

  private static byte[] block(Sm4Key key, byte[] block) {
    // One ECB block of a padded message is the raw block cipher output.
    return Arrays.copyOf(Sm4Ecb.encrypt(key, block), Sm4Key.LENGTH);
  }

  @Test
  void oneBlockMatchesGbT32907AppendixA1() {
    byte[] plaintext = HEX.parseHex("0123456789abcdeffedcba9876543210");
    assertEquals("681edf34d206965e86b3e94f536e4246", HEX.formatHex(block(STANDARD_KEY, plaintext)));
  }

  @Test
  void aMillionIterationsMatchGbT32907AppendixA2() {
    byte[] value = HEX.parseHex("0123456789abcdeffedcba9876543210");
    for (int i = 0; i < 1_000_000; i++) {
      value = block(STANDARD_KEY, value);
    }
    assertEquals("595298c7c6fd271f0402f804c33d3f66", HEX.formatHex(value));
  }

  @Test
  void gcmMatchesRfc8998AppendixA1() {
    byte[] nonce = HEX.parseHex("00001234567800000000abcd");
    byte[] aad = HEX.parseHex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
    byte[] plaintext =
        HEX.parseHex(
            "aaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbccccccccccccccccdddddddddddddddd"
                + "eeeeeeeeeeeeeeeeffffffffffffffffeeeeeeeeeeeeeeeeaaaaaaaaaaaaaaaa");
    byte[] sealed = Sm4Gcm.sealWithNonce(STANDARD_KEY, nonce, plaintext, aad);
    assertEquals(
        "00001234567800000000abcd"
            + "17f399f08c67d5ee19d0dc9969c4bb7d5fd46fd3756489069157b282bb200735"
            + "d82710ca5c22f0ccfa7cbf93d496ac15a56834cbcf98c397b4024a2691233b8d"
            + "83de3541e4c2b58177e065a9bf7b62ec",
        HEX.formatHex(sealed));
    assertArrayEquals(plaintext, Sm4Gcm.open(STANDARD_KEY, sealed, aad));
  }

  @Test
  void gcmDrawsAFreshNonceForEveryMessage() {
    Sm4Key key = Sm4Key.generate();
    byte[] message = "张三 110101199003074514".getBytes(StandardCharsets.UTF_8);
    byte[] first = Sm4Gcm.seal(key, message, new byte[0]);
    byte[] second = Sm4Gcm.seal(key, message, new byte[0]);
    assertFalse(
        Arrays.equals(
            Arrays.copyOf(first, Sm4Gcm.NONCE_LENGTH), Arrays.copyOf(second, Sm4Gcm.NONCE_LENGTH)));
    assertFalse(Arrays.equals(first, second));
  }

  @Test
  void gcmRefusesTamperingAWrongKeyAndWrongAad() {
    Sm4Key key = Sm4Key.generate();
    byte[] aad = "app-1".getBytes(StandardCharsets.UTF_8);
    byte[] sealed = Sm4Gcm.seal(key, "secret".getBytes(StandardCharsets.UTF_8), aad);
    byte[] tampered = sealed.clone();
    tampered[Sm4Gcm.NONCE_LENGTH] ^= 1;
    assertThrows(CryptoException.class, () -> Sm4Gcm.open(key, tampered, aad));
    assertThrows(CryptoException.class, () -> Sm4Gcm.open(Sm4Key.generate(), sealed, aad));
    assertThrows(
        CryptoException.class,
        () -> Sm4Gcm.open(key, sealed, "app-2".getBytes(StandardCharsets.UTF_8)));
    assertThrows(CryptoException.class, () -> Sm4Gcm.open(key, new byte[10], aad));
  }

  @Test
  void keysAreSixteenBytesAndNeverPrinted() {
    assertThrows(CryptoException.class, () -> Sm4Key.of(new byte[15]));
    assertThrows(CryptoException.class, () -> Sm4Key.of(null));
    assertEquals("Sm4Key[***]", STANDARD_KEY.toString());
  }

  @Test
  void cbcCtrAndEcbRoundTripWithTheirOwnChecks() {
    Sm4Key key = Sm4Key.generate();
    byte[] message = "政务服务".repeat(7).getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(message, Sm4Cbc.decrypt(key, Sm4Cbc.encrypt(key, message)));
    assertArrayEquals(message, Sm4Ctr.decrypt(key, Sm4Ctr.encrypt(key, message)));
    assertArrayEquals(message, Sm4Ecb.decrypt(key, Sm4Ecb.encrypt(key, message)));
    assertThrows(CryptoException.class, () -> Sm4Cbc.encrypt(key, new byte[8], message));
    assertThrows(CryptoException.class, () -> Sm4Ctr.apply(key, new byte[15], message));
    assertThrows(CryptoException.class, () -> Sm4Ecb.decrypt(key, new byte[17]));
    // An altered ciphertext breaks the padding: one message, no detail (no padding oracle). Altered
    // on purpose rather than read with a random wrong key, which leaves valid padding by chance
    // about once in 256 runs: one byte of padding (0x0F) XORed through the IV into 0x00, never
    // valid.
    byte[] altered = Sm4Cbc.encrypt(key, new byte[1]);
    altered[Sm4Key.LENGTH - 1] ^= 0x0F;
    CryptoException refused =
        assertThrows(CryptoException.class, () -> Sm4Cbc.decrypt(key, altered));
    assertEquals(
        "SM4-CBC decryption failed: wrong key or altered ciphertext", refused.getMessage());
  }
}
