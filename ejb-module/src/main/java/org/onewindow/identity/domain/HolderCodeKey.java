package org.onewindow.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The platform's SM2 key that signs enterprise and personal codes (000 8.1.2 k): its private key
 * only as the key ring wrapped it (SM4 under the KEK, purpose {@value #PURPOSE}), its public key
 * for anyone who verifies a code with their own tools. Every token names its key.
 */
@Entity
@Table(name = "ow_holder_code_key")
public class HolderCodeKey {

  public static final String PURPOSE = "holder-code-key";

  @Id
  @Column(name = "key_id", nullable = false, length = 40)
  private String keyId;

  @Column(name = "private_key_ref", nullable = false, length = 1000)
  private String privateKeyRef;

  @Column(name = "public_key_pem", nullable = false, length = 1000)
  private String publicKeyPem;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected HolderCodeKey() {
    // for JPA
  }

  public HolderCodeKey(String keyId, String privateKeyRef, String publicKeyPem, Instant createdAt) {
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
