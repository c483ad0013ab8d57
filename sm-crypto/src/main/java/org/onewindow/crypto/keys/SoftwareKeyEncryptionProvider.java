package org.onewindow.crypto.keys;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.onewindow.crypto.CryptoException;
import org.onewindow.crypto.sm4.Sm4Gcm;
import org.onewindow.crypto.sm4.Sm4Key;

/**
 * The embedded default {@link KeyEncryptionProvider}: KEKs derived in the JVM from the root key
 * (see {@link RootKey}), data keys wrapped with SM4-GCM (003 6.3.2.3 a) under aad {@code
 * UTF-8("onewindow/dek/" + purpose + "/v" + version)}.
 *
 * <p>The root key is assembled from its components only when a KEK not yet derived is needed, and
 * wiped straight after (003 6.3.2.3 c). Derived KEKs are kept in memory for the life of the
 * provider, like any working key, so that encryption does not reread the components each time.
 */
public final class SoftwareKeyEncryptionProvider implements KeyEncryptionProvider {

  private final RootKeyComponents components;
  private final Map<KekId, Sm4Key> keks = new ConcurrentHashMap<>();
  private volatile boolean destroyed;

  private SoftwareKeyEncryptionProvider(RootKeyComponents components) {
    this.components = components;
  }

  /**
   * A provider over {@code components}, which are read and checked now, so a missing or damaged
   * component fails the start-up rather than the first encryption.
   */
  public static SoftwareKeyEncryptionProvider of(RootKeyComponents components) {
    Objects.requireNonNull(components, "components").verify();
    return new SoftwareKeyEncryptionProvider(components);
  }

  @Override
  public WrappedDataKey wrap(String purpose, int kekVersion, Sm4Key dataKey) {
    KekId id = new KekId(purpose, kekVersion);
    byte[] plain = dataKey.bytes();
    try {
      return new WrappedDataKey(purpose, kekVersion, Sm4Gcm.seal(kek(id), plain, id.wrapAad()));
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }

  @Override
  public Sm4Key unwrap(WrappedDataKey wrapped) {
    KekId id = new KekId(wrapped.purpose(), wrapped.kekVersion());
    Sm4Key kek = kek(id); // outside the try: a missing KEK is not an altered key
    byte[] plain;
    try {
      plain = Sm4Gcm.open(kek, wrapped.bytes(), id.wrapAad());
    } catch (CryptoException e) {
      throw new CryptoException(
          "the data key for "
              + wrapped.purpose()
              + " under key version "
              + wrapped.kekVersion()
              + " does not unwrap: altered, or wrapped under another root key");
    }
    try {
      return Sm4Key.of(plain);
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }

  /**
   * Wipes every derived KEK and refuses further use. Call at shutdown, once no operation is
   * running: a KEK wiped under a running wrap would wrap under zeros.
   */
  public void destroy() {
    destroyed = true;
    keks.values().forEach(Sm4Key::destroy);
    keks.clear();
  }

  private Sm4Key kek(KekId id) {
    if (destroyed) {
      throw new CryptoException("the software key-encryption provider has been destroyed");
    }
    return keks.computeIfAbsent(id, this::derive);
  }

  private Sm4Key derive(KekId id) {
    try (RootKey root = components.assemble()) {
      return root.deriveKek(id);
    }
  }

  @Override
  public String toString() {
    return "SoftwareKeyEncryptionProvider[" + components + "]";
  }
}
