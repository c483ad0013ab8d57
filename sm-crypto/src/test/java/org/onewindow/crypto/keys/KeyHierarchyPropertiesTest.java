package org.onewindow.crypto.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.onewindow.crypto.CryptoException;

/**
 * Round trips and tamper detection of encrypted values for arbitrary input (003 6.3.2.3 a, b):
 * whatever byte of a stored value changes — format, purpose, key version, wrapped key, nonce,
 * ciphertext, tag — it no longer decrypts.
 */
class KeyHierarchyPropertiesTest {

  private static final String PURPOSE = "id-number";
  private static final KeyRing V1 = KeyRing.of(Fixtures.freshProvider(), 1);
  private static final KeyRing V2 = V1.withCurrentVersion(2);

  @Property
  void bytesRoundTrip(@ForAll @Size(max = 500) byte[] plaintext) {
    EncryptedValue value = V1.encrypt(PURPOSE, plaintext);
    assertArrayEquals(plaintext, V1.decrypt(PURPOSE, EncryptedValue.fromBytes(value.toBytes())));
  }

  @Property
  void stringsRoundTripAsUtf8(@ForAll @StringLength(max = 100) String plaintext) {
    // Unpaired surrogates have no UTF-8 form; what comes back is what UTF-8 could carry.
    String carried = new String(plaintext.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    assertEquals(carried, V1.decryptString(PURPOSE, V1.encryptString(PURPOSE, plaintext)));
  }

  @Property
  void flippingAnyBitOfTheBytesIsDetected(
      @ForAll @Size(max = 100) byte[] plaintext,
      @ForAll @IntRange(min = 0) int position,
      @ForAll @IntRange(min = 0, max = 7) int bit) {
    byte[] bytes = V2.encrypt(PURPOSE, plaintext).toBytes();
    bytes[position % bytes.length] ^= (byte) (1 << bit);
    assertThrows(CryptoException.class, () -> V2.decrypt(PURPOSE, EncryptedValue.fromBytes(bytes)));
  }

  @Property
  void alteringAnyCharacterOfTheTextIsDetected(
      @ForAll @Size(max = 100) byte[] plaintext,
      @ForAll @IntRange(min = 0) int position,
      @ForAll @IntRange(min = 0, max = 6) int bit) {
    char[] text = V2.encrypt(PURPOSE, plaintext).encode().toCharArray();
    text[position % text.length] ^= (char) (1 << bit);
    String altered = new String(text);
    assertThrows(CryptoException.class, () -> V2.decryptString(PURPOSE, altered));
  }

  @Property
  void cuttingOrExtendingTheBytesIsDetected(
      @ForAll @Size(max = 100) byte[] plaintext,
      @ForAll @IntRange(min = -40, max = 40) int change) {
    byte[] bytes = V1.encrypt(PURPOSE, plaintext).toBytes();
    int length = Math.max(0, bytes.length + (change == 0 ? 1 : change));
    byte[] resized = Arrays.copyOf(bytes, length);
    assertThrows(
        CryptoException.class, () -> V1.decrypt(PURPOSE, EncryptedValue.fromBytes(resized)));
  }

  @Property
  void rewrapKeepsThePlaintext(@ForAll @Size(max = 300) byte[] plaintext) {
    EncryptedValue underV1 = V1.encrypt(PURPOSE, plaintext);
    EncryptedValue underV2 = V2.rewrap(underV1);
    assertEquals(2, underV2.kekVersion());
    assertArrayEquals(plaintext, V2.withoutVersion(1).decrypt(PURPOSE, underV2));
  }
}
