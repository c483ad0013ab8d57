package org.onewindow.crypto.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.onewindow.crypto.CryptoException;
import org.onewindow.crypto.sm4.Sm4Gcm;

/** The self-describing ciphertext format, byte by byte, and what it refuses to parse. */
class EncryptedValueTest {

  private static final KeyRing RING = KeyRing.of(Fixtures.freshProvider(), 258);
  private static final byte[] PLAINTEXT = "110101199003074514".getBytes(StandardCharsets.UTF_8);

  @Test
  void layoutIsAsDocumented() {
    EncryptedValue value = RING.encrypt("id-number", PLAINTEXT);
    byte[] bytes = value.toBytes();
    int p = "id-number".length();
    assertEquals(EncryptedValue.FORMAT_1, bytes[0]);
    assertEquals(p, bytes[1]);
    assertEquals("id-number", new String(bytes, 2, p, StandardCharsets.US_ASCII));
    assertEquals(1, bytes[2 + p]); // 258 = 0x0102, big-endian
    assertEquals(2, bytes[3 + p]);
    int w = bytes[4 + p] & 0xFF;
    assertEquals(Sm4Gcm.NONCE_LENGTH + 16 + Sm4Gcm.TAG_LENGTH, w);
    assertArrayEquals(value.wrappedKey().bytes(), Arrays.copyOfRange(bytes, 5 + p, 5 + p + w));
    assertEquals(
        5 + p + w + Sm4Gcm.NONCE_LENGTH + PLAINTEXT.length + Sm4Gcm.TAG_LENGTH, bytes.length);
    assertEquals("id-number", value.purpose());
    assertEquals(258, value.kekVersion());
  }

  @Test
  void bytesAndTextRoundTrip() {
    EncryptedValue value = RING.encrypt("phone", PLAINTEXT);
    assertEquals(value, EncryptedValue.fromBytes(value.toBytes()));
    String text = value.encode();
    assertTrue(text.matches("[A-Za-z0-9_-]+"), "unpadded Base64url: " + text);
    assertEquals(value, EncryptedValue.decode(text));
  }

  @Test
  void refusesEveryTruncation() {
    byte[] bytes = RING.encrypt("phone", PLAINTEXT).toBytes();
    for (int length = 0; length < bytes.length; length++) {
      byte[] prefix = Arrays.copyOf(bytes, length);
      assertThrows(
          CryptoException.class, () -> RING.decrypt("phone", EncryptedValue.fromBytes(prefix)));
    }
  }

  @Test
  void refusesAnUnknownFormat() {
    byte[] bytes = RING.encrypt("phone", PLAINTEXT).toBytes();
    bytes[0] = 2;
    CryptoException e = assertThrows(CryptoException.class, () -> EncryptedValue.fromBytes(bytes));
    assertEquals("unknown encrypted value format 2", e.getMessage());
  }

  @Test
  void refusesTextThatIsNotCanonicalBase64Url() {
    String canonical = RING.encrypt("phone", PLAINTEXT).encode();
    String standard = canonical.replace('-', '+').replace('_', '/');
    for (String text :
        new String[] {
          canonical + "==", " " + canonical, canonical + "*", standard + "+/", "", "密文"
        }) {
      assertThrows(CryptoException.class, () -> EncryptedValue.decode(text), text);
    }
  }

  @Test
  void saysWhatItIsWithoutItsBytes() {
    assertEquals(
        "EncryptedValue[phone/v258, " + (12 + PLAINTEXT.length + 16) + " bytes]",
        RING.encrypt("phone", PLAINTEXT).toString());
  }
}
