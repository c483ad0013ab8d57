package org.onewindow.identity.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.onewindow.common.SigningKeyRecord;

/**
 * The platform's SM2 key that signs enterprise and personal codes (000 8.1.2 k): its private key
 * only as the key ring wrapped it (SM4 under the KEK, purpose {@value #PURPOSE}), its public key
 * for anyone who verifies a code with their own tools. Every token names its key.
 */
@Entity
@Table(name = "ow_holder_code_key")
public class HolderCodeKey extends SigningKeyRecord {

  public static final String PURPOSE = "holder-code-key";

  protected HolderCodeKey() {
    // for JPA
  }

  public HolderCodeKey(String keyId, String privateKeyRef, String publicKeyPem, Instant createdAt) {
    super(keyId, privateKeyRef, publicKeyPem, createdAt);
  }
}
