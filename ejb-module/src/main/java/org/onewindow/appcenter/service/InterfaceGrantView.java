package org.onewindow.appcenter.service;

import java.io.Serializable;
import java.time.Instant;
import org.onewindow.appcenter.domain.InterfaceGrant;

/** A grant of an interface to another access unit, standing or revoked (issue 14). */
public record InterfaceGrantView(
    long id,
    long interfaceId,
    long accessUnitId,
    String accessUnitName,
    boolean active,
    String grantedBy,
    Instant grantedAt,
    String revokedBy,
    Instant revokedAt)
    implements Serializable {

  static InterfaceGrantView of(InterfaceGrant grant) {
    return new InterfaceGrantView(
        grant.getId(),
        grant.getInterfaceId(),
        grant.getGrantee().getId(),
        grant.getGrantee().getName(),
        grant.active(),
        grant.getGrantedBy(),
        grant.getGrantedAt(),
        grant.getRevokedBy(),
        grant.getRevokedAt());
  }
}
