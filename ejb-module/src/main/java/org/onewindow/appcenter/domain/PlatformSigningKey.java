package org.onewindow.appcenter.domain;

/**
 * The platform's SM2 key for one interface (000 9.4.4 a): the private key as the key ring wrapped
 * it ({@code EncryptedValue}, purpose {@value #PURPOSE}) and the public key the access unit
 * verifies the platform's calls with.
 */
public record PlatformSigningKey(String keyRef, String publicKeyPem) {

  public static final String PURPOSE = "interface-signing-key";
}
