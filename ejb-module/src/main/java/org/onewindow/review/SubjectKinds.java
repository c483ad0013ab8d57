package org.onewindow.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of subject kinds: every {@link ReviewedKind} bean a capability declares. Other
 * capabilities refer to subjects through it — by kind and id, never through the owner's entities or
 * enums: inspection and its alarms ask which subjects are online, whether one still is, when it
 * first went online, and whether the caller may see it.
 */
@ApplicationScoped
public class SubjectKinds {

  @Inject @Any private Instance<ReviewedKind<?>> registered;

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  /** Every registered kind, by name. */
  public List<SubjectKind> all() {
    return registered.stream()
        .map(ReviewedKind::kind)
        .sorted(Comparator.comparing(SubjectKind::name))
        .toList();
  }

  /**
   * The kind's bean.
   *
   * @throws IllegalArgumentException for a kind nobody registered
   */
  public ReviewedKind<?> of(SubjectKind kind) {
    return registered.stream()
        .filter(k -> k.kind().equals(kind))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no subject kind " + kind));
  }

  /**
   * The kind of that stored name (a {@code subject_type} column's value).
   *
   * @throws IllegalArgumentException for a kind nobody registered
   */
  public SubjectKind named(String name) {
    return all().stream()
        .filter(k -> k.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no subject kind " + name));
  }

  /**
   * The kind a request names ({@code interface}, {@code app}, any case).
   *
   * @throws org.onewindow.common.InvalidInputException naming {@code subjectType} otherwise
   */
  public SubjectKind parse(String text) {
    return SubjectKind.parse(text, all());
  }

  /**
   * Checks that the caller may see the subject, as its capability decides.
   *
   * @throws org.onewindow.common.NotFoundException when it may not, or there is none
   */
  public void checkVisible(SubjectKind kind, long id) {
    of(kind).checkVisible(id);
  }

  /**
   * Where the subject stands now, whoever asks (the platform's own jobs); empty if there is none.
   */
  public Optional<ReviewStatus> statusOf(SubjectKind kind, long id) {
    Reviewable subject = em.find(of(kind).subjectClass(), id);
    return subject == null ? Optional.empty() : Optional.of(subject.getReview().status());
  }

  /** When the subject first reached the state, if it ever did. */
  public Optional<Instant> firstReached(SubjectKind kind, long id, ReviewStatus status) {
    return new JpaReviewHistory(em).firstReached(kind, id, status);
  }

  /**
   * When each of these subjects first reached the state, by id, for those that ever did; a few
   * queries for any number of subjects.
   */
  public Map<Long, Instant> firstReached(
      SubjectKind kind, Collection<Long> ids, ReviewStatus status) {
    return new JpaReviewHistory(em).firstReached(kind, ids, status);
  }

  /**
   * The JPQL name of the kind's entity, for a capability that selects subjects by their review
   * state together with rows of its own in one query ({@code e.id} and {@code e.review.status} are
   * the contract; nothing else of the entity may be used).
   */
  public String entityName(SubjectKind kind) {
    return em.getMetamodel().entity(of(kind).subjectClass()).getName();
  }
}
