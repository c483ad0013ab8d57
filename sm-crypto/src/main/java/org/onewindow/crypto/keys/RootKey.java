package org.onewindow.crypto.keys;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.onewindow.crypto.sm4.Sm4Key;

/**
 * The root key, alive only between {@link RootKeyComponents#assemble()} and {@link #close()} (003
 * 6.3.2.3 c: generated dynamically when needed). Its only use is deriving key-encryption keys:
 *
 * <pre>
 *   PRK  = HMAC-SM3(salt = UTF-8("onewindow/kek-salt/v1"), root)         HKDF-Extract
 *   info = UTF-8("onewindow/kek/" + purpose + "/v" + version)
 *   KEK  = first 16 bytes of HMAC-SM3(PRK, info || 0x01)                   HKDF-Expand, L = 16
 * </pre>
 *
 * The root key is already uniformly random, so the fixed salt only separates this use of it from
 * any future one; the label in {@code info} makes each (purpose, version) an independent key.
 */
final class RootKey implements AutoCloseable {

  static final byte[] KEK_SALT = "onewindow/kek-salt/v1".getBytes(StandardCharsets.UTF_8);

  private final byte[] bytes;

  RootKey(byte[] bytes) {
    this.bytes = bytes;
  }

  /** The key-encryption key of {@code id} (003 6.3.2.3 b: keys managed in layers). */
  Sm4Key deriveKek(KekId id) {
    byte[] kek = HkdfSm3.derive(KEK_SALT, bytes, id.kekLabel(), Sm4Key.LENGTH);
    try {
      return Sm4Key.of(kek);
    } finally {
      Arrays.fill(kek, (byte) 0);
    }
  }

  /** Wipes the root key. */
  @Override
  public void close() {
    Arrays.fill(bytes, (byte) 0);
  }

  @Override
  public String toString() {
    return "RootKey[***]"; // 003 6.3.2.1 d
  }
}
