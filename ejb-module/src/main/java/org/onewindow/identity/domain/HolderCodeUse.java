package org.onewindow.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A code token that has been verified once: a second scan of the same token is a replay (a photo of
 * someone's screen), refused. The token's id is the key, so two nodes verifying the same token at
 * once cannot both accept it. Kept until a day after the token expired, then dropped.
 */
@Entity
@Table(
    name = "ow_holder_code_use",
    indexes = @Index(name = "ix_holder_code_use_expiry", columnList = "expires_at"))
public class HolderCodeUse {

  @Id
  @Column(name = "token_id", nullable = false, length = 64)
  private String tokenId;

  @Column(name = "used_at", nullable = false)
  private Instant usedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected HolderCodeUse() {
    // for JPA
  }

  public HolderCodeUse(String tokenId, Instant usedAt, Instant expiresAt) {
    this.tokenId = tokenId;
    this.usedAt = usedAt;
    this.expiresAt = expiresAt;
  }

  public String getTokenId() {
    return tokenId;
  }

  public Instant getUsedAt() {
    return usedAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }
}
