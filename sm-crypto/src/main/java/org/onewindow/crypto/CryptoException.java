package org.onewindow.crypto;

/**
 * A cryptographic operation refused its input: a wrong key size, a ciphertext that fails
 * authentication, a malformed encoding. The message says which, and never contains key material.
 */
public class CryptoException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CryptoException(String message) {
    super(message);
  }

  public CryptoException(String message, Throwable cause) {
    super(message, cause);
  }
}
