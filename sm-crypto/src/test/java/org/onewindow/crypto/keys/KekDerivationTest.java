package org.onewindow.crypto.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onewindow.crypto.Sm3;
import org.onewindow.crypto.sm4.Sm4Gcm;
import org.onewindow.crypto.sm4.Sm4Key;

/**
 * Known answers for the whole chain from components to KEK (003 6.3.2.3 b, c), so that the
 * construction cannot drift without a test saying so: a drift would make every stored value
 * unreadable.
 */
class KekDerivationTest {

  private static final HexFormat HEX = HexFormat.of();
  private static final String C1 =
      "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
  private static final String C2 =
      "ffeeddccbbaa99887766554433221100f0e1d2c3b4a5968778695a4b3c2d1e0f";

  /**
   * Computed with OpenSSL 3.0, not with this code: {@code openssl mac -digest SM3 HMAC} for the
   * root key, {@code openssl kdf -kdfopt digest:SM3 HKDF} for the KEKs.
   */
  private static final String ROOT =
      "c052cd0bf368ff2a80ac7cb29a1e75e4ec1666338639747f05990d3ced330e7f";

  private static final String KEK_ID_NUMBER_V1 = "e49469cf4d94ef1e32b02cd4ca010415";
  private static final String KEK_ID_NUMBER_V2 = "113dfbb483945aab9158502f7e18ea2a";
  private static final String KEK_APP_SECRET_V1 = "f2e07abc87b75b89823cf0d0aa903a83";

  private static final RootKeyComponents COMPONENTS =
      RootKeyComponents.fromEnvironment(Fixtures.environment(List.of(C1, C2))::get);

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String derived(String purpose, int version) {
    try (RootKey root = COMPONENTS.assemble()) {
      return HEX.formatHex(root.deriveKek(new KekId(purpose, version)).bytes());
    }
  }

  /** The documented construction, step by step with nothing but HMAC-SM3. */
  private static String byHand(String purpose, int version) {
    byte[] c1 = HEX.parseHex(C1);
    byte[] c2 = HEX.parseHex(C2);
    byte[] xor = new byte[32];
    for (int i = 0; i < 32; i++) {
      xor[i] = (byte) (c1[i] ^ c2[i]);
    }
    byte[] root = Sm3.hmac(xor, utf8("onewindow/root-key/v1")); // 003 6.3.2.3 c
    assertEquals(ROOT, HEX.formatHex(root));
    byte[] prk = Sm3.hmac(utf8("onewindow/kek-salt/v1"), root); // HKDF-Extract
    byte[] info = utf8("onewindow/kek/" + purpose + "/v" + version);
    byte[] block = Sm3.hmac(prk, withCounter(info)); // HKDF-Expand T(1) = HMAC(PRK, info || 0x01)
    return HEX.formatHex(block, 0, 16);
  }

  private static byte[] withCounter(byte[] info) {
    byte[] input = Arrays.copyOf(info, info.length + 1);
    input[info.length] = 1;
    return input;
  }

  @Test
  void theByHandComputationMatchesOpenSsl() {
    assertEquals(KEK_ID_NUMBER_V1, byHand("id-number", 1));
    assertEquals(KEK_ID_NUMBER_V2, byHand("id-number", 2));
    assertEquals(KEK_APP_SECRET_V1, byHand("app-secret", 1));
  }

  @Test
  void kekDerivationMatchesTheKnownAnswers() {
    assertEquals(KEK_ID_NUMBER_V1, derived("id-number", 1));
    assertEquals(KEK_ID_NUMBER_V2, derived("id-number", 2));
    assertEquals(KEK_APP_SECRET_V1, derived("app-secret", 1));
  }

  @Test
  void derivationIsDeterministicPerPurposeAndVersion() {
    // Each call reassembles the root key from the components: nothing is cached here.
    assertEquals(derived("licence-no", 7), derived("licence-no", 7));
  }

  @Test
  void everyPurposeAndVersionHasItsOwnKek() {
    Set<String> keks = new HashSet<>();
    List<String> purposes = List.of("id-number", "phone", "app-secret", "name", "name.v");
    for (String purpose : purposes) {
      for (int version = 1; version <= 20; version++) {
        keks.add(derived(purpose, version));
      }
    }
    assertEquals(purposes.size() * 20, keks.size());
  }

  @Test
  void theSoftwareProviderWrapsUnderExactlyThatKekAndAad() {
    SoftwareKeyEncryptionProvider provider = SoftwareKeyEncryptionProvider.of(COMPONENTS);
    Sm4Key dataKey = Sm4Key.generate();
    WrappedDataKey wrapped = provider.wrap("id-number", 2, dataKey);
    assertEquals(Sm4Gcm.NONCE_LENGTH + Sm4Key.LENGTH + Sm4Gcm.TAG_LENGTH, wrapped.bytes().length);
    byte[] opened =
        Sm4Gcm.open(
            Sm4Key.of(HEX.parseHex(KEK_ID_NUMBER_V2)),
            wrapped.bytes(),
            utf8("onewindow/dek/id-number/v2"));
    assertArrayEquals(dataKey.bytes(), opened);
  }
}
