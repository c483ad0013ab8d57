package org.onewindow.matter.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.onewindow.common.DuplicateException;
import org.onewindow.common.InputRules;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.Messages;
import org.onewindow.common.MissingInputException;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.Roles;
import org.onewindow.common.UnitScope;
import org.onewindow.matter.domain.GeoPoint;
import org.onewindow.matter.domain.HallFacts;
import org.onewindow.matter.domain.HallMatter;
import org.onewindow.matter.domain.ServiceHall;
import org.onewindow.ops.audit.AuditEvent;
import org.onewindow.ops.audit.AuditService;
import org.onewindow.region.Divisions;

/**
 * The service map's hall registry (000 8.1.2 i: 政务服务地图, the offline channels made visible): anyone
 * reads the halls, filters them by division and matter and finds the nearest to a place; an access
 * unit's administrators keep their unit's halls, platform administrators every unit's ({@link
 * UnitScope}). Every change is audited.
 */
@Stateless
public class ServiceHallService {

  /** The most halls one nearest search returns. */
  public static final int MAX_NEAREST = 20;

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @EJB private AuditService audit;

  @Inject Clock clock;

  /**
   * The halls in {@code divisionCode} or a division under it (blank: all), handling {@code
   * matterCode} (blank: any), by code.
   *
   * @throws InvalidInputException when the division is not one of the table
   */
  @PermitAll
  public List<ServiceHallView> halls(String divisionCode, String matterCode) {
    return new HallSearch(em)
        .find(division(divisionCode), matter(matterCode)).stream()
            .map(ServiceHallView::of)
            .toList();
  }

  /**
   * The {@code limit} (1 to {@value #MAX_NEAREST}) halls nearest to the point, nearest first, by
   * great-circle distance ({@link GeoPoint#metresTo}); filtered as {@link #halls}.
   *
   * @throws InvalidInputException when a coordinate is out of range, the limit outside its bounds
   *     or the division unknown
   */
  @PermitAll
  public List<NearbyHall> nearest(
      Double latitude, Double longitude, int limit, String divisionCode, String matterCode) {
    if (latitude == null || longitude == null) {
      throw MissingInputException.of("location", "matter.hall.locationMissing");
    }
    GeoPoint here = GeoPoint.of("location", latitude, longitude);
    if (limit < 1 || limit > MAX_NEAREST) {
      throw InvalidInputException.keyed("limit", "matter.hall.limit", MAX_NEAREST);
    }
    return new HallSearch(em).nearest(here, limit, division(divisionCode), matter(matterCode));
  }

  /**
   * One hall.
   *
   * @throws NotFoundException when there is none of that code
   */
  @PermitAll
  public ServiceHallView hall(String code) {
    return ServiceHallView.of(find(code));
  }

  /** Every matter some hall handles, code → name, for the map's matter filter. */
  @PermitAll
  public Map<String, String> matters() {
    Map<String, String> matters = new TreeMap<>();
    em.createQuery(
            "select distinct m.code, m.name from ServiceHall h join h.matters m", Object[].class)
        .getResultStream()
        .forEach(row -> matters.putIfAbsent((String) row[0], (String) row[1]));
    return matters;
  }

  /** The halls the caller keeps: its unit's, or every hall for a platform administrator. */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
  public List<ServiceHallView> managed() {
    UnitScope scope = scope();
    return new HallSearch(em)
        .find("", "").stream()
            .filter(h -> scope.allows(h.getOwnerUnit()))
            .map(ServiceHallView::of)
            .toList();
  }

  /**
   * Registers a hall kept by {@code draft.ownerUnit()} (blank: the caller's unit).
   *
   * @throws DuplicateException when the code is taken
   * @throws org.onewindow.common.DutySeparationException when the caller acts for another unit
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
  public ServiceHallView create(HallDraft draft) {
    UnitScope scope = scope();
    String code = HallFacts.checkedCode(draft.code());
    String owner = owner(scope, draft.ownerUnit());
    scope.checkActsFor(owner);
    HallFacts facts = facts(draft);
    if (!em.createQuery("select h.id from ServiceHall h where h.code = :code", Long.class)
        .setParameter("code", code)
        .getResultList()
        .isEmpty()) {
      throw DuplicateException.keyed("code", "matter.hall.duplicate", code);
    }
    ServiceHall hall = new ServiceHall(code, owner);
    hall.describe(facts, me(), clock.instant());
    em.persist(hall);
    audit("SERVICE_HALL_CREATED", hall);
    return ServiceHallView.of(hall);
  }

  /**
   * Replaces every fact of hall {@code code} (its code and unit stay).
   *
   * @throws NotFoundException when there is no such hall of the caller's unit
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
  public ServiceHallView update(String code, HallDraft draft) {
    ServiceHall hall = kept(code);
    HallFacts facts = facts(draft);
    hall.describe(facts, me(), clock.instant());
    audit("SERVICE_HALL_CHANGED", hall);
    return ServiceHallView.of(hall);
  }

  /**
   * Takes hall {@code code} off the map.
   *
   * @throws NotFoundException when there is no such hall of the caller's unit
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
  public void delete(String code) {
    ServiceHall hall = kept(code);
    em.remove(hall);
    audit("SERVICE_HALL_DELETED", hall);
  }

  private ServiceHall kept(String code) {
    ServiceHall hall = find(code);
    scope().checkSees(hall.getOwnerUnit(), "matter.hall.notFound", hall.getCode());
    return hall;
  }

  private ServiceHall find(String code) {
    String value = InputRules.singleLine("code", code);
    return em.createQuery("select h from ServiceHall h where h.code = :code", ServiceHall.class)
        .setParameter("code", value)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> NotFoundException.keyed("matter.hall.notFound", value));
  }

  private static HallFacts facts(HallDraft draft) {
    return HallFacts.checked(
        draft.name(),
        draft.address(),
        draft.openingHours(),
        draft.phone(),
        draft.latitude(),
        draft.longitude(),
        draft.divisionCode(),
        draft.matters().stream()
            .map(m -> m == null ? null : new HallMatter(m.code(), m.name()))
            .toList());
  }

  private UnitScope scope() {
    return session.isCallerInRole(Roles.PLATFORM_ADMIN)
        ? UnitScope.platformWide()
        : UnitScope.of(session);
  }

  /** The unit a new hall is kept by: the one named, or the caller's own. */
  private static String owner(UnitScope scope, String named) {
    String unit = InputRules.singleLine("ownerUnit", named);
    if (!unit.isEmpty()) {
      return unit;
    }
    String own = scope.restrictedTo();
    if (own == null || own.isEmpty()) {
      throw MissingInputException.of("ownerUnit", "matter.hall.missing.ownerUnit");
    }
    return own;
  }

  private static String division(String code) {
    String value = code == null ? "" : code.strip();
    return value.isEmpty() ? "" : Divisions.table().checked("divisionCode", value);
  }

  private static String matter(String code) {
    String value = InputRules.singleLine("matterCode", code);
    if (value.length() > 64) {
      throw InvalidInputException.keyed("matterCode", "matter.hall.matterCode");
    }
    return value;
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }

  private void audit(String type, ServiceHall hall) {
    audit.recordInCallersTransaction(
        AuditEvent.platformSuccess(
            clock.instant(),
            type,
            me(),
            Messages.text(
                "matter.hall.audit",
                Messages.PLATFORM_LOCALE,
                hall.getCode(),
                hall.getName(),
                hall.getOwnerUnit(),
                hall.getDivisionCode(),
                String.valueOf(hall.getMatters().size()))));
  }
}
