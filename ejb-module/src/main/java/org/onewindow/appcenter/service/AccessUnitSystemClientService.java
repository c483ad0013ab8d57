package org.onewindow.appcenter.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.onewindow.appcenter.domain.AccessUnit;
import org.onewindow.appcenter.repository.AccessUnitRepository;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.Roles;
import org.onewindow.identity.domain.UnitSystemClient;
import org.onewindow.identity.domain.UnitSystemClientSecret;
import org.onewindow.identity.service.UnitSystemClientService;

/**
 * An access unit's system accounts (issue 16 item 4; 000 8.2.1 the unit's registration): the unit's
 * own backend calls the API with client credentials, as the unit's developer would, and only in the
 * unit's name. Made, rotated and switched off by a platform administrator — the role that registers
 * units — and nobody else: not the unit's developers, not a system account (which would otherwise
 * mint itself successors), not the platform's own {@code api-client}.
 *
 * <p>What such an account may do is not decided here: its token carries {@code unit-developer} and
 * the unit's name as {@code access_unit}, so every service's own role and {@link
 * org.onewindow.common.UnitScope} checks hold it to the unit, as they hold a developer.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class AccessUnitSystemClientService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @EJB private UnitSystemClientService clients;

  /** The unit's system clients, without secrets. */
  public List<UnitSystemClient> list(long unitId) {
    AccessUnit unit = unit(unitId);
    return clients.list(unit.getId(), unit.getName());
  }

  /**
   * A new system client for the unit and its secret, answered this once.
   *
   * @throws NotFoundException when there is no such unit
   */
  public UnitSystemClientSecret create(long unitId) {
    AccessUnit unit = unit(unitId);
    return clients.create(unit.getId(), unit.getName());
  }

  /** A new secret for one of the unit's clients; the old one gets no token any more. */
  public UnitSystemClientSecret rotate(long unitId, String clientId) {
    AccessUnit unit = unit(unitId);
    return clients.rotate(unit.getId(), unit.getName(), clientId);
  }

  /** Switches one of the unit's clients off (no token any more) or back on. */
  public UnitSystemClient setEnabled(long unitId, String clientId, boolean enabled) {
    AccessUnit unit = unit(unitId);
    return clients.setEnabled(unit.getId(), unit.getName(), clientId, enabled);
  }

  private AccessUnit unit(long unitId) {
    return new AccessUnitRepository(em)
        .find(unitId)
        .orElseThrow(() -> NotFoundException.keyed("appcenter.unit.notFound"));
  }
}
