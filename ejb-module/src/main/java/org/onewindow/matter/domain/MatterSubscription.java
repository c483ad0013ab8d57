package org.onewindow.matter.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * A signed-in user's subscription to a matter's changes (issue 20 item 4; 001 7.7 个人空间): the
 * account and the implementation code, so each new version published is announced to the account in
 * its message centre.
 */
@Entity
@Table(
    name = "ow_matter_subscription",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_matter_subscription",
            columnNames = {"account", "implementation_code"}),
    indexes = @Index(name = "ix_matter_subscription_code", columnList = "implementation_code"))
public class MatterSubscription extends KeptMatter {

  /** The most subscriptions one account keeps: matters a person follows, not the catalogue. */
  public static final int MAX_PER_ACCOUNT = 200;

  protected MatterSubscription() {
    // for JPA
  }

  public MatterSubscription(String account, String implementationCode, Instant at) {
    super(account, implementationCode, at);
  }
}
