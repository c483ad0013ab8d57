package org.onewindow.inspection.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onewindow.appcenter.domain.HttpMethod;
import org.onewindow.appcenter.domain.InterfaceDefinition;
import org.onewindow.appcenter.domain.RegisteredInterface;
import org.onewindow.appcenter.domain.ReviewStatus;
import org.onewindow.appcenter.domain.ServiceApp;
import org.onewindow.appcenter.domain.SubjectType;
import org.onewindow.appcenter.infrastructure.BodyEncoding;
import org.onewindow.appcenter.infrastructure.UpstreamRequest;
import org.onewindow.appcenter.service.AppBindingService;
import org.onewindow.common.Roles;
import org.onewindow.common.StateConflictException;
import org.onewindow.inspection.domain.InspectionRequest;
import org.onewindow.inspection.domain.InspectionSchedule;
import org.onewindow.inspection.repository.InspectionScheduleRepository;

/**
 * Which online interfaces and app pages are due (003 6.7.3 c), and the claim that hands each due
 * subject to exactly one node (see {@link InspectionSchedule}). Open to every caller except {@link
 * #dueNow}: the job runs as whoever started it, a timer included, and nothing here lets a caller
 * make the platform call anything sooner than the cadence allows.
 */
@Stateless
@PermitAll
public class InspectionScheduleService {

  /** Due subjects one run takes at most; the next run takes the rest. */
  public static final int BATCH = 200;

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @EJB private AppBindingService bindings;

  @Resource private SessionContext session;

  @Inject Clock clock;

  /**
   * Gives every online interface and app without a schedule one, due at once. Each in its own
   * transaction: another node enrolling the same subject at the same moment hits the unique
   * constraint, which only means it is enrolled.
   *
   * @return how many were enrolled here
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int enrol() {
    InspectionScheduleService self = session.getBusinessObject(InspectionScheduleService.class);
    int enrolled = 0;
    for (SubjectType type : SubjectType.values()) {
      for (Long id : unenrolled(type)) {
        try {
          self.enrolOne(type, id);
          enrolled++;
        } catch (EJBException raced) {
          // Enrolled by another node meanwhile: nothing to do.
        }
      }
    }
    return enrolled;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void enrolOne(SubjectType type, long id) {
    Instant firstOnline = schedules().firstOnline(type, id);
    em.persist(
        InspectionSchedule.enrol(type, id, firstOnline == null ? clock.instant() : firstOnline));
    em.flush();
  }

  /** Whether any online subject is due now, after enrolling new ones. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public boolean anythingDue() {
    enrol();
    return !due(1).isEmpty();
  }

  /** Online subjects due now, the longest-waiting first. */
  public List<DueSubject> due(int limit) {
    Instant now = clock.instant();
    List<DueSubject> due = new ArrayList<>();
    due.addAll(due(SubjectType.INTERFACE, now, limit));
    due.addAll(due(SubjectType.APP, now, limit));
    return due.stream()
        .sorted(Comparator.comparingLong(DueSubject::scheduleId))
        .limit(limit)
        .toList();
  }

  /**
   * Takes a due subject for this node: one conditional UPDATE that matches only the version read
   * and a due time not in the future, moving the due time to the lease. Exactly one of several
   * nodes that read the same row sees one row updated; the others see none and skip it.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean claim(DueSubject subject, String node) {
    Instant now = clock.instant();
    return schedules()
        .claim(
            subject.scheduleId(), subject.version(), node, now, now.plus(InspectionSchedule.LEASE));
  }

  /**
   * What to call for a claimed subject, or {@code null} when it is no longer online (it went
   * offline since it was found due).
   */
  public InspectionTarget target(DueSubject subject) {
    if (subject.subjectType() == SubjectType.INTERFACE) {
      RegisteredInterface registered = em.find(RegisteredInterface.class, subject.subjectId());
      if (registered == null || registered.getStatus() != ReviewStatus.ONLINE) {
        return null;
      }
      InterfaceDefinition definition = registered.definition();
      InspectionRequest plan = InspectionRequest.of(definition.requestParameters());
      UpstreamRequest request = null;
      try {
        URI address = URI.create(definition.address());
        request =
            definition.method() == HttpMethod.GET
                ? UpstreamRequest.get(address, plan.values())
                : UpstreamRequest.post(address, plan.values(), BodyEncoding.FORM);
      } catch (IllegalArgumentException e) {
        // Left null: recorded as an invalid address.
      }
      return new InspectionTarget(
          SubjectType.INTERFACE,
          registered.getId(),
          "接口 #" + registered.getId() + " " + registered.getName(),
          request,
          plan,
          definition.returnFormat(),
          bindings.appsBoundTo(registered.getId()));
    }
    ServiceApp app = em.find(ServiceApp.class, subject.subjectId());
    if (app == null || app.getReview().status() != ReviewStatus.ONLINE) {
      return null;
    }
    UpstreamRequest request = null;
    try {
      request = UpstreamRequest.get(URI.create(app.getPageUrl().strip()), Map.of());
    } catch (IllegalArgumentException e) {
      // Left null: recorded as an invalid address.
    }
    return new InspectionTarget(
        SubjectType.APP,
        app.getId(),
        "应用 " + app.getAppKey() + " " + app.getName() + " 的页面",
        request,
        null,
        null,
        List.of(app.getId()));
  }

  /**
   * 立即巡检: makes an online subject due now, for the next run of the job.
   *
   * @throws StateConflictException when the subject is not online
   */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void dueNow(SubjectType type, long id) {
    enrol();
    session.getBusinessObject(InspectionScheduleService.class).markDue(type, id);
  }

  @RolesAllowed(Roles.PLATFORM_ADMIN)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void markDue(SubjectType type, long id) {
    Optional<InspectionSchedule> found = schedules().ofSubject(type, id);
    if (found.isEmpty() || !online(type, id)) {
      throw new StateConflictException("只有已上线的" + type.label() + "才能巡检");
    }
    found.get().dueNow(clock.instant());
  }

  private boolean online(SubjectType type, long id) {
    ReviewStatus status =
        type == SubjectType.INTERFACE
            ? em.find(RegisteredInterface.class, id).getStatus()
            : em.find(ServiceApp.class, id).getReview().status();
    return status == ReviewStatus.ONLINE;
  }

  private List<Long> unenrolled(SubjectType type) {
    return schedules().unenrolled(type);
  }

  private List<DueSubject> due(SubjectType type, Instant now, int limit) {
    return schedules().due(type, now, limit).stream()
        .map(d -> new DueSubject(d.scheduleId(), d.version(), type, d.subjectId()))
        .toList();
  }

  private InspectionScheduleRepository schedules() {
    return new InspectionScheduleRepository(em);
  }
}
