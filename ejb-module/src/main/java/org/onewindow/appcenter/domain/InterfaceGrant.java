package org.onewindow.appcenter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.StateConflictException;

/**
 * The owning unit's leave for another access unit's apps to use one of its interfaces (000 8.2.2
 * 服务应用与接口绑定, between departments; issue 14). Without one, an app binds and calls only its own
 * unit's interfaces. Granted by the owning unit or a platform reviewer, revoked the same way; a
 * revoked grant is kept (who, when) and stops the gateway at once, while the bindings that depended
 * on it stay on record, refused, so that a new grant restores them without a new review.
 */
@Entity
@Table(
    name = "ow_interface_grant",
    indexes = {
      @Index(name = "ix_interface_grant_interface", columnList = "interface_id"),
      @Index(name = "ix_interface_grant_unit", columnList = "grantee_unit_id")
    })
public class InterfaceGrant {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "interface_id", nullable = false)
  private long interfaceId;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "grantee_unit_id", foreignKey = @ForeignKey(name = "fk_interface_grant_unit"))
  private AccessUnit grantee;

  @Column(name = "granted_by", nullable = false, length = 100)
  private String grantedBy;

  @Column(name = "granted_at", nullable = false)
  private Instant grantedAt;

  @Column(name = "revoked_by", length = 100)
  private String revokedBy;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected InterfaceGrant() {
    // for JPA
  }

  /**
   * {@code grantee}'s leave to use the interface of {@code owner}.
   *
   * @throws InvalidInputException when the grantee is the owner itself (it needs no grant)
   */
  public static InterfaceGrant grant(
      long interfaceId, AccessUnit owner, AccessUnit grantee, String actor, Instant at) {
    if (owner == grantee || (owner.getId() != null && owner.getId().equals(grantee.getId()))) {
      throw InvalidInputException.keyed("accessUnitId", "grant.ownUnit", "accessUnitId");
    }
    InterfaceGrant grant = new InterfaceGrant();
    grant.interfaceId = interfaceId;
    grant.grantee = grantee;
    grant.grantedBy = actor;
    grant.grantedAt = at;
    return grant;
  }

  /**
   * Whether an app of {@code appUnitId} may bind and call an interface of {@code ownerUnitId}: its
   * own unit's always, another's only under a standing grant to the app's unit.
   *
   * @param grantedInterfaces the interfaces with a standing grant to the app's unit
   */
  public static boolean usable(
      long interfaceId, long ownerUnitId, long appUnitId, Set<Long> grantedInterfaces) {
    return ownerUnitId == appUnitId || grantedInterfaces.contains(interfaceId);
  }

  /**
   * Withdraws the grant: from the commit on the gateway refuses the grantee's apps this interface.
   *
   * @throws StateConflictException when it was revoked already
   */
  public void revoke(String actor, Instant at) {
    if (!active()) {
      throw StateConflictException.keyed("grant.revoked", revokedAt);
    }
    revokedBy = actor;
    revokedAt = at;
  }

  public boolean active() {
    return revokedAt == null;
  }

  public Long getId() {
    return id;
  }

  public long getInterfaceId() {
    return interfaceId;
  }

  public AccessUnit getGrantee() {
    return grantee;
  }

  public String getGrantedBy() {
    return grantedBy;
  }

  public Instant getGrantedAt() {
    return grantedAt;
  }

  public String getRevokedBy() {
    return revokedBy;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }
}
