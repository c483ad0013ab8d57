package org.onewindow.filing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The platform's SM2 key that signs filing records: its private key only as the key ring wrapped it
 * (SM4 under the KEK, purpose {@value #PURPOSE}), its public key for anyone who verifies. Made on
 * the first approval; its id is in every record it signed, so a later key can sign new records
 * while the old ones still verify.
 */
@Entity
@Table(name = "ow_filing_key")
public class FilingSigningKey {

  public static final String PURPOSE = "filing-record-key";

  @Id
  @Column(name = "key_id", nullable = false, length = 40)
  private String keyId;

  @Column(name = "private_key_ref", nullable = false, length = 1000)
  private String privateKeyRef;

  @Column(name = "public_key_pem", nullable = false, length = 1000)
  private String publicKeyPem;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected FilingSigningKey() {
    // for JPA
  }

  public FilingSigningKey(
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
