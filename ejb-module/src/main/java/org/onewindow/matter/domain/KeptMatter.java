package org.onewindow.matter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A matter a signed-in account keeps in one of its lists (001 7.7 个人空间) — a favourite, a
 * subscription: the account and the implementation code, so the entry follows the item's versions
 * and shows the one in force, and when it was kept. Each list has a table of its own with its own
 * unique key on account and code.
 */
@MappedSuperclass
public abstract class KeptMatter {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The account's login name (the portal's principal). */
  @Column(name = "account", nullable = false, length = 100)
  private String account;

  @Column(name = "implementation_code", nullable = false, length = 64)
  private String implementationCode;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected KeptMatter() {
    // for JPA
  }

  protected KeptMatter(String account, String implementationCode, Instant at) {
    this.account = account;
    this.implementationCode = implementationCode;
    this.createdAt = at;
  }

  public String getAccount() {
    return account;
  }

  public String getImplementationCode() {
    return implementationCode;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
