package org.onewindow.appcenter.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.onewindow.appcenter.domain.AccessUnit;
import org.onewindow.appcenter.repository.AccessUnitRepository;
import org.onewindow.common.DuplicateException;
import org.onewindow.common.Roles;
import org.onewindow.region.Divisions;

/** Registers and lists access units (000 8.2.1). */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.API_CLIENT})
public class AccessUnitService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @Inject Clock clock;

  /**
   * Registers a new access unit in the caller's name.
   *
   * @throws org.onewindow.common.InvalidInputException on bad input (a name with control
   *     characters, a division code missing or not in the table), nothing saved
   * @throws DuplicateException when a unit of that name exists already
   */
  public AccessUnitView register(String name, String divisionCode) {
    String caller = session.getCallerPrincipal().getName();
    // The table, not only the shape: a unit of division 999999 would publish to no real region.
    String code = Divisions.table().checked("divisionCode", divisionCode);
    AccessUnit unit = AccessUnit.register(name, code, caller, clock.instant());
    if (units().existsByName(unit.getName())) {
      throw DuplicateException.keyed("name", "appcenter.unit.duplicate");
    }
    em.persist(unit);
    em.flush();
    return AccessUnitView.of(unit);
  }

  /** Every access unit, newest first: names and codes, which every console role may see. */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.APP_REVIEWER, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
  public List<AccessUnitView> list() {
    return units().newestFirst().stream().map(AccessUnitView::of).toList();
  }

  /**
   * The unit of that name, as filing needs it (its division code starts a filing number, 000 10):
   * names and codes, which every console role may see.
   */
  @RolesAllowed({
    Roles.PLATFORM_ADMIN,
    Roles.APP_REVIEWER,
    Roles.FILING_REVIEWER,
    Roles.UNIT_DEVELOPER,
    Roles.API_CLIENT
  })
  public java.util.Optional<AccessUnitView> named(String name) {
    return units().named(name == null ? "" : name.strip()).map(AccessUnitView::of);
  }

  /** How many access units there are: a figure, no personal data, so batch jobs may ask. */
  @PermitAll
  public long count() {
    return units().count();
  }

  private AccessUnitRepository units() {
    return new AccessUnitRepository(em);
  }
}
