package org.onewindow.crypto.sm2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.onewindow.crypto.CryptoException;
import org.onewindow.crypto.sm2.Sm2Cipher.Layout;

/** SM2 ciphertexts round-trip in every layout, and any flipped bit is refused (C3 or C1 check). */
class Sm2CipherPropertiesTest {

  private static final Sm2Keys.Pair PAIR = Sm2Keys.generate();

  @Property(tries = 100)
  void roundTripsInEveryLayout(@ForAll @Size(min = 1, max = 300) byte[] message) {
    for (Layout layout : Layout.values()) {
      byte[] ciphertext = Sm2Cipher.encrypt(PAIR.publicKey(), message, layout);
      assertArrayEquals(message, Sm2Cipher.decrypt(PAIR.privateKey(), ciphertext, layout));
    }
  }

  @Property(tries = 200)
  void anyFlippedBitIsRefused(
      @ForAll @Size(min = 1, max = 64) byte[] message,
      @ForAll @IntRange(min = 0) int position,
      @ForAll @IntRange(min = 0, max = 7) int bit) {
    byte[] ciphertext = Sm2Cipher.encrypt(PAIR.publicKey(), message, Layout.C1C3C2);
    ciphertext[position % ciphertext.length] ^= (byte) (1 << bit);
    assertThrows(
        CryptoException.class,
        () -> Sm2Cipher.decrypt(PAIR.privateKey(), ciphertext, Layout.C1C3C2));
  }
}
