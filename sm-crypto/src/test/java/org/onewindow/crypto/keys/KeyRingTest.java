package org.onewindow.crypto.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onewindow.crypto.CryptoException;

/** Encryption at rest through the key hierarchy, and key rotation without loss (003 6.3.2.3). */
class KeyRingTest {

  private final SoftwareKeyEncryptionProvider provider = Fixtures.freshProvider();
  private final KeyRing ring = KeyRing.of(provider, 1);

  private static void assertRefused(String expected, Runnable action) {
    CryptoException e = assertThrows(CryptoException.class, action::run);
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  void roundTripsBytesAndStrings() {
    byte[] secret = {0, 1, 2, (byte) 0xff};
    assertArrayEquals(secret, ring.decrypt("app-secret", ring.encrypt("app-secret", secret)));
    assertArrayEquals(
        new byte[0], ring.decrypt("app-secret", ring.encrypt("app-secret", new byte[0])));
    for (String text : List.of("张三", "110101199003074514", "北京市东城区 1 号 😀", "")) {
      assertEquals(text, ring.decryptString("name", ring.encryptString("name", text)));
    }
  }

  @Test
  void stringsAreEncryptedAsUtf8() {
    // 003 6.3.2.3 note: strings become bytes as UTF-8, and back.
    String encoded = ring.encryptString("address", "户籍地址");
    assertArrayEquals(
        "户籍地址".getBytes(StandardCharsets.UTF_8),
        ring.decrypt("address", EncryptedValue.decode(encoded)));
  }

  @Test
  void everyValueHasItsOwnDataKeyAndNonce() {
    EncryptedValue first = ring.encrypt("phone", new byte[] {1});
    EncryptedValue second = ring.encrypt("phone", new byte[] {1});
    assertNotEquals(first.wrappedKey(), second.wrappedKey());
    assertNotEquals(first, second);
  }

  @Test
  void aValueDecryptsOnlyForItsPurpose() {
    // A value copied from another column must not decrypt in this one.
    EncryptedValue secret = ring.encrypt("app-secret", new byte[] {1});
    assertRefused(
        "the value was encrypted for app-secret, not for id-number",
        () -> ring.decrypt("id-number", secret));
  }

  @Test
  void refusesMalformedPurposesAndVersions() {
    for (String purpose :
        new String[] {"", "ID", "id number", "a/v1", "-x", "身份证", "x".repeat(65)}) {
      assertRefused("a key purpose is", () -> ring.encrypt(purpose, new byte[0]));
    }
    assertRefused("a key version lies in 1..65535, not 0", () -> KeyRing.of(provider, 0));
    assertRefused("not 65536", () -> ring.withCurrentVersion(65536));
  }

  @Test
  void rotatesWithoutLosingData() {
    EncryptedValue underV1 =
        ring.encrypt("id-number", "110101199003074514".getBytes(StandardCharsets.UTF_8));

    KeyRing rotated = ring.withCurrentVersion(2);
    assertEquals(2, rotated.currentVersion());
    assertEquals(Set.of(1, 2), rotated.versions());
    assertEquals(2, rotated.encrypt("id-number", new byte[0]).kekVersion());
    // The retired version still decrypts.
    assertEquals(
        "110101199003074514",
        new String(rotated.decrypt("id-number", underV1), StandardCharsets.UTF_8));

    assertFalse(rotated.isCurrent(underV1));
    EncryptedValue underV2 = rotated.rewrap(underV1);
    assertEquals(2, underV2.kekVersion());
    assertEquals("id-number", underV2.purpose());
    assertTrue(rotated.isCurrent(underV2));
    assertNotEquals(underV1.wrappedKey(), underV2.wrappedKey()); // a fresh data key, newly wrapped
    assertArrayEquals(rotated.decrypt("id-number", underV1), rotated.decrypt("id-number", underV2));

    KeyRing v2Only = rotated.withoutVersion(1);
    assertEquals(Set.of(2), v2Only.versions());
    assertEquals(
        "110101199003074514",
        new String(v2Only.decrypt("id-number", underV2), StandardCharsets.UTF_8));
    CryptoException e =
        assertThrows(CryptoException.class, () -> v2Only.decrypt("id-number", underV1));
    assertEquals(
        "unknown key version 1 for id-number: this key ring holds versions [2]; configure version"
            + " 1 again to read this value",
        e.getMessage());
  }

  @Test
  void rewrapsTheTextForm() {
    String underV1 = ring.encryptString("name", "李四");
    KeyRing rotated = ring.withCurrentVersion(2);
    String underV2 = rotated.rewrap(underV1);
    assertEquals(2, EncryptedValue.decode(underV2).kekVersion());
    assertEquals("李四", rotated.withoutVersion(1).decryptString("name", underV2));
    assertSame(underV2, rotated.rewrap(underV2)); // already current: nothing to write back
  }

  @Test
  void aVersionAcceptedButNotCurrentDecryptsWithoutBeingUsed() {
    // Cluster roll-out: every node learns version 2 before any node encrypts under it.
    KeyRing learning = ring.withVersion(2);
    assertEquals(1, learning.currentVersion());
    assertEquals(1, learning.encrypt("phone", new byte[0]).kekVersion());
    EncryptedValue fromUpgradedNode = ring.withCurrentVersion(2).encrypt("phone", new byte[] {7});
    assertArrayEquals(new byte[] {7}, learning.decrypt("phone", fromUpgradedNode));
  }

  @Test
  void theCurrentVersionCannotBeRemoved() {
    assertRefused("key version 1 is current", () -> ring.withoutVersion(1));
  }

  @Test
  void aValueFromAnotherRootKeyDoesNotDecrypt() {
    EncryptedValue foreign =
        KeyRing.of(Fixtures.freshProvider(), 1).encrypt("phone", new byte[] {1});
    assertRefused(
        "the data key for phone under key version 1 does not unwrap",
        () -> ring.decrypt("phone", foreign));
  }

  @Test
  void aDestroyedProviderRefusesToWork() {
    EncryptedValue value = ring.encrypt("phone", new byte[] {1});
    provider.destroy();
    assertRefused("has been destroyed", () -> ring.decrypt("phone", value));
    assertRefused("has been destroyed", () -> ring.encrypt("phone", new byte[] {1}));
  }

  @Test
  void saysWhichVersionsItHolds() {
    assertEquals("KeyRing[current=v3, versions=[1, 3]]", ring.withCurrentVersion(3).toString());
  }
}
