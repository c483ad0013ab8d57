package org.onewindow.inspection.repository;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.onewindow.inspection.domain.InspectionSchedule;
import org.onewindow.review.ReviewStatus;
import org.onewindow.review.SubjectKind;

/**
 * When each online subject is inspected next (003 6.7.3), and the claim that gives a due subject to
 * exactly one node.
 *
 * <p>Subjects are named by their review kind; the queries that find online ones join the kind's
 * entity, named by the review registry ({@code SubjectKinds.entityName}), and read only its id and
 * review state, the review workflow's contract.
 */
public final class InspectionScheduleRepository {

  private final EntityManager em;

  public InspectionScheduleRepository(EntityManager em) {
    this.em = em;
  }

  /** The schedule of the subject, if it is enrolled. */
  public Optional<InspectionSchedule> ofSubject(SubjectKind type, long id) {
    return em.createQuery(
            "select s from InspectionSchedule s where s.subjectType = :t and s.subjectId = :id",
            InspectionSchedule.class)
        .setParameter("t", type.name())
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** The online subjects of that kind (whose entity is {@code entity}) without a schedule. */
  public List<Long> unenrolled(SubjectKind type, String entity) {
    return em.createQuery(
            "select e.id from "
                + entity
                + " e where e.review.status = :online and not exists (select s.id from"
                + " InspectionSchedule s where s.subjectType = :t and s.subjectId = e.id)",
            Long.class)
        .setParameter("online", ReviewStatus.ONLINE)
        .setParameter("t", type.name())
        .getResultList();
  }

  /**
   * Inserts these new schedules (made by {@link InspectionSchedule#enrol}) in one statement, in the
   * caller's transaction: a multi-row insert, since identity ids keep Hibernate from batching
   * persists. The unique key on the subject still guards against a second node enrolling the same
   * subject: the statement then fails as a whole, and the caller's transaction with it.
   *
   * @return how many rows were inserted
   */
  public int insertAll(List<InspectionSchedule> fresh) {
    if (fresh.isEmpty()) {
      return 0;
    }
    StringJoiner rows = new StringJoiner(", ");
    for (int i = 0; i < fresh.size(); i++) {
      rows.add("(:t" + i + ", :s" + i + ", :f" + i + ", :n" + i + ", 0, 0)");
    }
    var insert =
        em.createQuery(
            "insert into InspectionSchedule"
                + " (subjectType, subjectId, firstOnlineAt, nextDueAt, healthStreak, version)"
                + " values "
                + rows);
    for (int i = 0; i < fresh.size(); i++) {
      InspectionSchedule schedule = fresh.get(i);
      insert
          .setParameter("t" + i, schedule.getSubjectType())
          .setParameter("s" + i, schedule.getSubjectId())
          .setParameter("f" + i, schedule.getFirstOnlineAt())
          .setParameter("n" + i, schedule.getNextDueAt());
    }
    return insert.executeUpdate();
  }

  /**
   * A schedule found due: its id, the version read (for the claim) and its subject.
   *
   * @param scheduleId the schedule's id
   * @param version its version when read
   * @param subjectId the interface's or app's id
   */
  public record Due(long scheduleId, long version, long subjectId) {}

  /** The online subjects of that type due at {@code now}, the longest-waiting first. */
  public List<Due> due(SubjectKind type, String entity, Instant now, int limit) {
    return em.createQuery(
            "select s.id, s.version, s.subjectId from InspectionSchedule s, "
                + entity
                + " e where s.subjectType = :t and e.id = s.subjectId"
                + " and e.review.status = :online and s.nextDueAt <= :now"
                + " order by s.nextDueAt, s.id",
            Object[].class)
        .setParameter("t", type.name())
        .setParameter("online", ReviewStatus.ONLINE)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultStream()
        .map(row -> new Due((Long) row[0], (Long) row[1], (Long) row[2]))
        .toList();
  }

  /**
   * The online subjects of that type due at {@code now} whose id falls in partition {@code
   * partition} of {@code partitions} (id modulo the count), the longest-waiting first.
   */
  public List<Due> dueIn(
      SubjectKind type, String entity, Instant now, int partition, int partitions, int limit) {
    return em.createQuery(
            "select s.id, s.version, s.subjectId from InspectionSchedule s, "
                + entity
                + " e where s.subjectType = :t and e.id = s.subjectId"
                + " and e.review.status = :online and s.nextDueAt <= :now"
                + " and mod(s.subjectId, :n) = :p"
                + " order by s.nextDueAt, s.id",
            Object[].class)
        .setParameter("t", type.name())
        .setParameter("online", ReviewStatus.ONLINE)
        .setParameter("now", now)
        .setParameter("n", partitions)
        .setParameter("p", partition)
        .setMaxResults(limit)
        .getResultStream()
        .map(row -> new Due((Long) row[0], (Long) row[1], (Long) row[2]))
        .toList();
  }

  /**
   * Of these schedule rows, those no other transaction holds now, locked for the caller's
   * transaction ({@code FOR UPDATE SKIP LOCKED}, PostgreSQL and H2 alike): two nodes claiming the
   * same partition at once split its rows between them instead of the second waiting for the
   * first's commit only to find them taken. The claim's conditional UPDATE still decides.
   */
  @SuppressWarnings("unchecked")
  public List<Long> lockFree(List<Long> scheduleIds) {
    if (scheduleIds.isEmpty()) {
      return List.of();
    }
    List<Number> rows =
        em.createNativeQuery(
                "select id from ow_inspection_schedule where id in (:ids) for update skip locked")
            .setParameter("ids", scheduleIds)
            .getResultList();
    return rows.stream().map(Number::longValue).toList();
  }

  /** The schedules with these ids, by id. */
  public Map<Long, InspectionSchedule> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select s from InspectionSchedule s where s.id in :ids", InspectionSchedule.class)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(InspectionSchedule::getId, s -> s));
  }

  /**
   * Takes a due schedule for {@code node}: one conditional UPDATE that matches only the version
   * read and a due time not after {@code now}, moving the due time to {@code leaseUntil}.
   *
   * @return whether this call took it (exactly one of several racing nodes does)
   */
  public boolean claim(
      long scheduleId, long version, String node, Instant now, Instant leaseUntil) {
    return em.createQuery(
                "update InspectionSchedule s set s.nextDueAt = :lease, s.claimedBy = :node,"
                    + " s.version = s.version + 1"
                    + " where s.id = :id and s.version = :version and s.nextDueAt <= :now")
            .setParameter("lease", leaseUntil)
            .setParameter("node", node)
            .setParameter("id", scheduleId)
            .setParameter("version", version)
            .setParameter("now", now)
            .executeUpdate()
        == 1;
  }
}
