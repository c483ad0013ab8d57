package org.onewindow.filing.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.onewindow.common.SigningKeyRecord;

/**
 * The platform's SM2 key that signs filing records: its private key only as the key ring wrapped it
 * (SM4 under the KEK, purpose {@value #PURPOSE}), its public key for anyone who verifies. Made on
 * the first approval; its id is in every record it signed, so a later key can sign new records
 * while the old ones still verify.
 */
@Entity
@Table(name = "ow_filing_key")
public class FilingSigningKey extends SigningKeyRecord {

  public static final String PURPOSE = "filing-record-key";

  protected FilingSigningKey() {
    // for JPA
  }

  public FilingSigningKey(
      String keyId, String privateKeyRef, String publicKeyPem, Instant createdAt) {
    super(keyId, privateKeyRef, publicKeyPem, createdAt);
  }
}
