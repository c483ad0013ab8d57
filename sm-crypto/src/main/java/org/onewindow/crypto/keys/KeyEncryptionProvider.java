package org.onewindow.crypto.keys;

import org.onewindow.crypto.sm4.Sm4Key;

/**
 * Holds the key-encryption keys and wraps data keys with them: the seam between the key hierarchy
 * and wherever its upper layers live (003 6.3.2.3 b). {@link SoftwareKeyEncryptionProvider} derives
 * the KEKs in the JVM from root-key components; in production a hardware cryptographic device can
 * keep the root and the KEKs instead (see the package documentation). Implementations are
 * thread-safe.
 */
public interface KeyEncryptionProvider {

  /**
   * Encrypts {@code dataKey} under the KEK of {@code purpose} and {@code kekVersion}, binding the
   * result to both so it cannot be opened under another purpose or version.
   *
   * @throws org.onewindow.crypto.CryptoException when this provider has no such KEK
   */
  WrappedDataKey wrap(String purpose, int kekVersion, Sm4Key dataKey);

  /**
   * Opens a data key wrapped by {@link #wrap}; the caller destroys it after use.
   *
   * @throws org.onewindow.crypto.CryptoException when it was altered, or wrapped under another
   *     root, purpose or version
   */
  Sm4Key unwrap(WrappedDataKey wrapped);
}
