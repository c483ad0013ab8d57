package org.onewindow.review;

import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.onewindow.common.DutySeparationException;
import org.onewindow.common.Messages;
import org.onewindow.common.Roles;
import org.onewindow.ops.audit.AuditService;

/**
 * The one review workflow, for every registered kind (000 9.4.1 interfaces, 9.3 and 9.5 apps;
 * filings, licences and matters as they come): draft → submitted → approved or rejected with
 * reasons → online → offline → rectification (a new revision, back to draft) → re-review.
 *
 * <p>Each step runs the same way, whatever the kind:
 *
 * <ol>
 *   <li>the role rule — platform administrators may take any step; the kind's owner roles register,
 *       revise and submit; its decider roles approve, reject, put online and take offline ({@link
 *       EJBAccessException} otherwise, before anything is read);
 *   <li>the subject, loaded as the caller may see it (the owning capability's rule);
 *   <li>the kind's preconditions ({@link ReviewedKind#checkBefore});
 *   <li>the move itself ({@link Review}: the state, a needed reason, and separation of duties — a
 *       submitter or author never decides on its own revision; such an attempt is audited as {@code
 *       <KIND>_SELF_REVIEW_REFUSED} for every kind, even though the caller's work rolls back);
 *   <li>the history line and its audit record ({@code <KIND>_<ACTION>}: {@code APP_SUBMIT}, {@code
 *       INTERFACE_ONLINE}, …), then what the step means for the kind ({@link
 *       ReviewedKind#afterMove}).
 * </ol>
 *
 * <p>Not an EJB: the capability's review service runs it in its own transaction and security
 * context ({@link #of}), so that a refusal reaches the caller exactly as the service throws it.
 */
public final class ReviewWorkflow {

  private final ReviewHistory history;
  private final ReviewAudit audit;
  private final Clock clock;

  public ReviewWorkflow(ReviewHistory history, ReviewAudit audit, Clock clock) {
    this.history = history;
    this.audit = audit;
    this.clock = clock;
  }

  /** The workflow on the platform's history table and audit trail. */
  public static ReviewWorkflow of(EntityManager em, AuditService trail, Clock clock) {
    return new ReviewWorkflow(new JpaReviewHistory(em), ReviewAudit.to(trail), clock);
  }

  /**
   * Whether the caller's roles allow the action on subjects of the kind (not whether the subject's
   * state or separation of duties does).
   */
  public static boolean mayTake(ReviewedKind<?> kind, ReviewAction action, ReviewCaller caller) {
    if (caller.inRole(Roles.PLATFORM_ADMIN)) {
      return true;
    }
    return (action.byOwner() ? kind.ownerRoles() : kind.deciderRoles())
        .stream().anyMatch(caller::inRole);
  }

  /**
   * Takes one review step on the subject in the caller's name.
   *
   * @param subject loads the subject as the caller may see it (after the role check)
   * @return the subject, moved
   * @throws EJBAccessException when the caller's role may not take this action
   * @throws org.onewindow.common.NotFoundException from {@code subject}
   * @throws org.onewindow.common.StateConflictException when a precondition or the state refuses
   * @throws DutySeparationException when the caller would decide on its own revision (audited)
   * @throws org.onewindow.common.InvalidInputException when a needed reason is missing
   */
  public <S extends Reviewable> S perform(
      ReviewedKind<S> kind,
      Supplier<S> subject,
      ReviewAction action,
      String reason,
      ReviewCaller caller) {
    checkRole(kind, action, caller);
    S found = subject.get();
    kind.checkBefore(found, action);
    ReviewTransition transition;
    try {
      transition = found.perform(action, caller.name(), reason, clock.instant());
    } catch (DutySeparationException e) {
      audit.refused(
          kind.kind().name() + "_SELF_REVIEW_REFUSED",
          caller.name(),
          kind.describe(found) + "：" + action.name(),
          clock.instant());
      throw e;
    }
    keep(kind, found, transition);
    return found;
  }

  /**
   * A new revision of the subject (rectification after a rejection or going offline, 000 9.5; a
   * revised draft): back to draft, to be submitted again.
   *
   * @param revision changes the subject and returns its {@link ReviewAction#REVISE} line; it checks
   *     the state itself ({@link Review#checkEditable})
   * @throws EJBAccessException when the caller's role may not revise
   */
  public <S extends Reviewable> S revise(
      ReviewedKind<S> kind, Supplier<S> subject, Revision<S> revision, ReviewCaller caller) {
    checkRole(kind, ReviewAction.REVISE, caller);
    S found = subject.get();
    ReviewTransition transition = revision.revise(found, caller.name(), clock.instant());
    if (transition.getAction() != ReviewAction.REVISE) {
      throw new IllegalStateException("a revision returned " + transition.getAction());
    }
    keep(kind, found, transition);
    return found;
  }

  /**
   * Keeps the first line of a newly registered subject's history (it has its id). Whoever may
   * create the subject registers it: the owning capability's service checks that.
   */
  public <S extends Reviewable> void registered(ReviewedKind<S> kind, S subject) {
    ReviewTransition transition = subject.registration();
    history.keep(transition);
    audit.moved(
        auditName(kind, transition),
        transition.getActor(),
        line(kind, subject, transition),
        clock.instant());
  }

  /** The subject's history, oldest first; the caller has checked that it may see the subject. */
  public List<ReviewTransitionView> history(SubjectKind kind, long id) {
    return history.of(kind, id).stream().map(ReviewTransitionView::of).toList();
  }

  private <S extends Reviewable> void keep(
      ReviewedKind<S> kind, S subject, ReviewTransition transition) {
    history.keep(transition);
    audit.moved(
        auditName(kind, transition),
        transition.getActor(),
        line(kind, subject, transition),
        clock.instant());
    kind.afterMove(subject, transition);
  }

  private static void checkRole(ReviewedKind<?> kind, ReviewAction action, ReviewCaller caller) {
    if (!mayTake(kind, action, caller)) {
      throw new EJBAccessException("role may not " + action);
    }
  }

  private static String auditName(ReviewedKind<?> kind, ReviewTransition transition) {
    return kind.kind().name() + "_" + transition.getAction().name();
  }

  /** 「应用 app-… 公交出行：第2版：OFFLINE → DRAFT」, with 「；原因：…」 when one was given. */
  private static <S extends Reviewable> String line(
      ReviewedKind<S> kind, S subject, ReviewTransition transition) {
    String reason = transition.getReason();
    return Messages.text(
        reason.isEmpty() ? "review.audit.transition" : "review.audit.transitionWithReason",
        Messages.PLATFORM_LOCALE,
        kind.describe(subject),
        String.valueOf(transition.getRevision()),
        transition.getFrom() == null ? "—" : transition.getFrom().name(),
        transition.getTo().name(),
        reason);
  }

  /**
   * How a kind makes a new revision of its subject.
   *
   * @param <S> the kind's entity
   */
  @FunctionalInterface
  public interface Revision<S> {

    /**
     * Changes the subject into its next revision in {@code actor}'s name.
     *
     * @throws org.onewindow.common.StateConflictException while submitted, approved or online
     */
    ReviewTransition revise(S subject, String actor, Instant at);
  }
}
