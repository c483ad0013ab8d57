package org.onewindow.crypto.sm4;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.onewindow.crypto.CryptoException;

/** Round trips of every SM4 mode, and tamper detection of SM4-GCM, for arbitrary input. */
class Sm4PropertiesTest {

  private static final Sm4Key KEY = Sm4Key.generate();

  @Property
  void gcmRoundTrips(@ForAll @Size(max = 600) byte[] message, @ForAll @Size(max = 40) byte[] aad) {
    assertArrayEquals(message, Sm4Gcm.open(KEY, Sm4Gcm.seal(KEY, message, aad), aad));
  }

  @Property
  void gcmDetectsAnyFlippedBit(
      @ForAll @Size(min = 1, max = 200) byte[] message,
      @ForAll @IntRange(min = 0) int position,
      @ForAll @IntRange(min = 0, max = 7) int bit) {
    byte[] sealed = Sm4Gcm.seal(KEY, message, new byte[0]);
    sealed[position % sealed.length] ^= (byte) (1 << bit);
    assertThrows(CryptoException.class, () -> Sm4Gcm.open(KEY, sealed, new byte[0]));
  }

  @Property
  void cbcCtrAndEcbRoundTrip(@ForAll @Size(max = 600) byte[] message) {
    assertArrayEquals(message, Sm4Cbc.decrypt(KEY, Sm4Cbc.encrypt(KEY, message)));
    assertArrayEquals(message, Sm4Ctr.decrypt(KEY, Sm4Ctr.encrypt(KEY, message)));
    assertArrayEquals(message, Sm4Ecb.decrypt(KEY, Sm4Ecb.encrypt(KEY, message)));
  }
}
