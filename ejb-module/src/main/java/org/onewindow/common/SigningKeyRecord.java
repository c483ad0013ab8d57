package org.onewindow.common;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * One of the platform's SM2 signing keys as its table keeps it: the private key only as the key
 * ring wrapped it (SM4 under the KEK, for the purpose its {@link SigningKeyStore} names), the
 * public key for anyone who verifies with their own tools, and when it was made. Each capability
 * that signs (filing records, holder codes) keeps its keys in a table of its own, so a key serves
 * one purpose only; the columns and the rules are the same everywhere, hence one mapping.
 */
@MappedSuperclass
public abstract class SigningKeyRecord {

  @Id
  @Column(name = "key_id", nullable = false, length = 40)
  private String keyId;

  @Column(name = "private_key_ref", nullable = false, length = 1000)
  private String privateKeyRef;

  @Column(name = "public_key_pem", nullable = false, length = 1000)
  private String publicKeyPem;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected SigningKeyRecord() {
    // for JPA
  }

  protected SigningKeyRecord(
      String keyId, String privateKeyRef, String publicKeyPem, Instant createdAt) {
    this.keyId = keyId;
    this.privateKeyRef = privateKeyRef;
    this.publicKeyPem = publicKeyPem;
    this.createdAt = createdAt;
  }

  public String getKeyId() {
    return keyId;
  }

  public String getPrivateKeyRef() {
    return privateKeyRef;
  }

  public String getPublicKeyPem() {
    return publicKeyPem;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
