package org.onewindow.inspection.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.Roles;
import org.onewindow.common.StateConflictException;
import org.onewindow.inspection.domain.InspectionSchedule;
import org.onewindow.inspection.repository.InspectionScheduleRepository;
import org.onewindow.review.ReviewStatus;
import org.onewindow.review.SubjectKind;
import org.onewindow.review.SubjectKinds;

/**
 * Which online subjects are due (003 6.7.3 c), and the claim that hands each due subject to exactly
 * one node (see {@link InspectionSchedule}). Subjects are named by kind and id: which are online,
 * and since when, is the review registry's answer ({@link SubjectKinds}); what to call is the
 * kind's {@link SubjectProbe}'s, through the owning capability's service. Open to every caller
 * except {@link #dueNow} and {@link #slowThreshold} (administrators): the job runs as whoever
 * started it, a timer included, and nothing here lets a caller make the platform call anything
 * sooner than the cadence allows.
 */
@Stateless
@PermitAll
public class InspectionScheduleService {

  /**
   * Subjects handled together: enrolled in one transaction, claimed in one, their targets read in
   * one, called at once and kept in one.
   */
  public static final int BATCH = 200;

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @Inject private SubjectKinds kinds;

  @Inject @Any private Instance<SubjectProbe> probes;

  @Inject Clock clock;

  /**
   * Subjects enrolled in one transaction: their first-online times read in one query and their rows
   * inserted in one statement. Larger than {@link #BATCH}: nothing is called between, and the first
   * run after 10,000 interfaces come online spends its time here.
   */
  public static final int ENROL_BATCH = 500;

  /**
   * Gives every online interface and app without a schedule one, due at once, {@value #ENROL_BATCH}
   * to a transaction. Another node enrolling some of the same subjects at the same moment makes a
   * batch hit the unique constraint, which only means they are enrolled: that batch is then
   * enrolled one subject per transaction.
   *
   * @return how many were enrolled here
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int enrol() {
    InspectionScheduleService self = session.getBusinessObject(InspectionScheduleService.class);
    int enrolled = 0;
    for (SubjectKind type : inspectedKinds()) {
      List<Long> ids = unenrolled(type);
      for (int from = 0; from < ids.size(); from += ENROL_BATCH) {
        List<Long> batch = ids.subList(from, Math.min(ids.size(), from + ENROL_BATCH));
        try {
          enrolled += self.enrolAll(type, batch);
        } catch (EJBException raced) {
          enrolled += enrolOneByOne(self, type, batch);
        }
      }
    }
    return enrolled;
  }

  private static int enrolOneByOne(
      InspectionScheduleService self, SubjectKind type, List<Long> ids) {
    int enrolled = 0;
    for (Long id : ids) {
      try {
        self.enrolOne(type, id);
        enrolled++;
      } catch (EJBException raced) {
        // Enrolled by another node meanwhile: nothing to do.
      }
    }
    return enrolled;
  }

  /**
   * Enrols these subjects of one kind in one transaction: one query for when each first went online
   * (now for one whose history says it never did), one insert for all their rows.
   *
   * @return how many were enrolled
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int enrolAll(SubjectKind type, List<Long> ids) {
    return schedules()
        .insertAll(
            enrolments(
                type, ids, kinds.firstReached(type, ids, ReviewStatus.ONLINE), clock.instant()));
  }

  /**
   * The new schedules of these subjects: each starts when its subject first went online, or at
   * {@code now} for one the history has no such line for.
   */
  static List<InspectionSchedule> enrolments(
      SubjectKind type, List<Long> ids, Map<Long, Instant> firstOnline, Instant now) {
    return ids.stream()
        .map(id -> InspectionSchedule.enrol(type, id, firstOnline.getOrDefault(id, now)))
        .toList();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void enrolOne(SubjectKind type, long id) {
    Instant firstOnline =
        kinds.firstReached(type, id, ReviewStatus.ONLINE).orElseGet(clock::instant);
    em.persist(InspectionSchedule.enrol(type, id, firstOnline));
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
    for (SubjectKind type : inspectedKinds()) {
      due.addAll(due(type, now, limit));
    }
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
   * Claims up to {@code size} due subjects of one partition for this node in one transaction
   * (committed before any of them is called): the rows no other transaction holds are locked
   * ({@code FOR UPDATE SKIP LOCKED}) and each is then taken by the same conditional UPDATE as
   * {@link #claim}, so of several nodes (or runs) claiming at once exactly one gets each subject
   * (ADR 0009). One transaction for 200 subjects instead of 200.
   *
   * @param partition this partition, 0 … {@code partitions - 1}: subjects whose id modulo {@code
   *     partitions} equals it
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<DueSubject> claimBatch(int partition, int partitions, String node, int size) {
    Instant now = clock.instant();
    Instant lease = now.plus(InspectionSchedule.LEASE);
    InspectionScheduleRepository repository = schedules();
    List<DueSubject> claimed = new ArrayList<>();
    for (SubjectKind type : inspectedKinds()) {
      if (claimed.size() >= size) {
        break;
      }
      List<InspectionScheduleRepository.Due> due =
          repository.dueIn(
              type, kinds.entityName(type), now, partition, partitions, size - claimed.size());
      Set<Long> free =
          new HashSet<>(
              repository.lockFree(
                  due.stream().map(InspectionScheduleRepository.Due::scheduleId).toList()));
      for (InspectionScheduleRepository.Due d : due) {
        if (free.contains(d.scheduleId())
            && repository.claim(d.scheduleId(), d.version(), node, now, lease)) {
          claimed.add(new DueSubject(d.scheduleId(), d.version(), type, d.subjectId()));
        }
      }
    }
    return claimed;
  }

  /**
   * What to call for each claimed subject, read in one transaction; {@code null} in the place of a
   * subject no longer online.
   */
  public List<InspectionTarget> targets(List<DueSubject> subjects) {
    List<InspectionTarget> targets = new ArrayList<>(subjects.size());
    for (DueSubject subject : subjects) {
      targets.add(target(subject));
    }
    return targets;
  }

  /**
   * Sets the subject's slow-response threshold (000 9.4.3 c 接口响应慢); {@code null} restores the
   * default ({@value InspectionSchedule#DEFAULT_SLOW_THRESHOLD_MILLIS} ms).
   *
   * @return the threshold now in force, in milliseconds
   * @throws StateConflictException when the subject is not online (only online ones are inspected)
   * @throws InvalidInputException outside {@value InspectionSchedule#MIN_SLOW_THRESHOLD_MILLIS} …
   *     {@value InspectionSchedule#MAX_SLOW_THRESHOLD_MILLIS} ms
   */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long slowThreshold(SubjectKind type, long id, Integer millis) {
    if (millis != null
        && (millis < InspectionSchedule.MIN_SLOW_THRESHOLD_MILLIS
            || millis > InspectionSchedule.MAX_SLOW_THRESHOLD_MILLIS)) {
      throw InvalidInputException.keyed(
          "slowThresholdMillis",
          "inspection.threshold.invalid",
          InspectionSchedule.MIN_SLOW_THRESHOLD_MILLIS,
          InspectionSchedule.MAX_SLOW_THRESHOLD_MILLIS);
    }
    enrol();
    return session
        .getBusinessObject(InspectionScheduleService.class)
        .setThreshold(type, id, millis);
  }

  @RolesAllowed(Roles.PLATFORM_ADMIN)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long setThreshold(SubjectKind type, long id, Integer millis) {
    Optional<InspectionSchedule> found = schedules().ofSubject(type, id);
    if (found.isEmpty() || !online(type, id)) {
      throw StateConflictException.keyed("inspection.notOnline." + type.name());
    }
    found.get().slowThreshold(millis);
    return found.get().slowThresholdMillis();
  }

  /**
   * What to call for a claimed subject, or {@code null} when it is no longer online (it went
   * offline since it was found due).
   */
  public InspectionTarget target(DueSubject subject) {
    return probe(subject.subjectKind())
        .flatMap(probe -> probe.target(subject.subjectId()))
        .orElse(null);
  }

  /**
   * 立即巡检: makes an online subject due now, for the next run of the job.
   *
   * @throws StateConflictException when the subject is not online
   */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void dueNow(SubjectKind type, long id) {
    enrol();
    session.getBusinessObject(InspectionScheduleService.class).markDue(type, id);
  }

  @RolesAllowed(Roles.PLATFORM_ADMIN)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void markDue(SubjectKind type, long id) {
    Optional<InspectionSchedule> found = schedules().ofSubject(type, id);
    if (found.isEmpty() || !online(type, id)) {
      throw StateConflictException.keyed("inspection.notOnline." + type.name());
    }
    found.get().dueNow(clock.instant());
  }

  private boolean online(SubjectKind type, long id) {
    return kinds.statusOf(type, id).orElse(null) == ReviewStatus.ONLINE;
  }

  /** The registered kinds inspection has a probe for. */
  private List<SubjectKind> inspectedKinds() {
    return kinds.all().stream().filter(kind -> probe(kind).isPresent()).toList();
  }

  private Optional<SubjectProbe> probe(SubjectKind kind) {
    return probes.stream().filter(probe -> probe.kind().equals(kind)).findFirst();
  }

  /**
   * Online subjects of the kind without a schedule. The kind's entity is named by the registry: the
   * query reads only its id and review state, the review workflow's contract.
   */
  private List<Long> unenrolled(SubjectKind type) {
    return schedules().unenrolled(type, kinds.entityName(type));
  }

  private List<DueSubject> due(SubjectKind type, Instant now, int limit) {
    return schedules().due(type, kinds.entityName(type), now, limit).stream()
        .map(d -> new DueSubject(d.scheduleId(), d.version(), type, d.subjectId()))
        .toList();
  }

  private InspectionScheduleRepository schedules() {
    return new InspectionScheduleRepository(em);
  }
}
