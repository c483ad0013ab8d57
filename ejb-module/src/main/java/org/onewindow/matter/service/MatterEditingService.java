package org.onewindow.matter.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.common.DuplicateException;
import org.onewindow.common.InputRules;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.MissingInputException;
import org.onewindow.common.Roles;
import org.onewindow.common.UnitScope;
import org.onewindow.matter.domain.CatalogueItem;
import org.onewindow.matter.domain.FieldName;
import org.onewindow.matter.domain.MatterDraft;
import org.onewindow.matter.domain.MatterElements;
import org.onewindow.matter.domain.MatterFeed;
import org.onewindow.matter.domain.MatterKinds;
import org.onewindow.matter.domain.MatterVersion;
import org.onewindow.ops.audit.AuditService;
import org.onewindow.review.Review;
import org.onewindow.review.ReviewAction;
import org.onewindow.review.ReviewCaller;
import org.onewindow.review.ReviewStatus;
import org.onewindow.review.ReviewTransitionView;
import org.onewindow.review.ReviewWorkflow;

/**
 * Editing implementation-list items (001 7.1; issue 19 item 1): an access unit's administrators
 * write their unit's items, platform administrators every unit's. A published version is never
 * edited in place: an edit makes the next version, a draft, which goes through review on its own
 * ({@link MatterReviewKind}); its approval publishes it and supersedes the one in force. Every
 * change is audited; the review workflow audits its own steps.
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
public class MatterEditingService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @EJB private AuditService audit;

  @Inject MatterReviewKind kind;

  @Inject Clock clock;

  /**
   * Starts a new item as a draft, version 1, kept by {@code ownerUnit} (blank: the caller's unit).
   *
   * @throws MissingInputException when a platform administrator names no unit
   * @throws org.onewindow.common.DutySeparationException when the caller acts for another unit
   * @throws DuplicateException when the implementation code is taken
   * @throws InvalidInputException when an element breaks its rule
   */
  public MatterView createDraft(String ownerUnit, MatterDraft draft) {
    UnitScope scope = MatterScope.of(session);
    String unit = owner(scope, ownerUnit);
    scope.checkActsFor(unit);
    MatterElements elements = checked(draft);
    if (new MatterVersions(em).latest(elements.implementationCode()).isPresent()) {
      throw DuplicateException.keyed(
          "implementationCode", "matter.duplicate", elements.implementationCode());
    }
    MatterVersion version = MatterVersion.first(unit, elements, me(), clock.instant());
    em.persist(version);
    em.flush();
    workflow().registered(kind, version);
    MatterAudit.record(audit, clock, "MATTER_DRAFT_CREATED", me(), version, "matter.audit.created");
    return MatterView.of(version);
  }

  /**
   * Saves an edit of the item: rewrites its open draft (a rejected version becomes a draft again,
   * as a new revision), or — when its latest version is published, superseded or withdrawn — makes
   * the next version, a draft, while the published one stays in force.
   *
   * @throws org.onewindow.common.NotFoundException when the caller may not see the item
   * @throws org.onewindow.common.StateConflictException while a version is under review
   * @throws InvalidInputException when an element breaks its rule or the code differs
   */
  public MatterView saveDraft(String implementationCode, MatterDraft draft) {
    MatterVersion latest = latestForChange(implementationCode);
    MatterElements elements = checked(draft);
    if (latest.getPublication() != null) {
      MatterVersion next = latest.next(elements, me(), clock.instant());
      em.persist(next);
      em.flush();
      workflow().registered(kind, next);
      MatterAudit.record(
          audit,
          clock,
          "MATTER_VERSION_CREATED",
          me(),
          next,
          "matter.audit.newVersion",
          String.valueOf(latest.getVersionNumber()));
      return MatterView.of(next);
    }
    if (latest.getReview().status() == ReviewStatus.REJECTED) {
      workflow().revise(kind, () -> latest, MatterVersion::revise, caller());
    }
    latest.edit(elements);
    em.flush();
    MatterAudit.record(audit, clock, "MATTER_DRAFT_EDITED", me(), latest, "matter.audit.edited");
    return MatterView.of(latest);
  }

  /**
   * The item's latest version as a draft to edit: its open draft, or what the next version starts
   * from (the published elements).
   */
  public MatterDraft draftOf(String implementationCode) {
    UnitScope scope = MatterScope.of(session);
    MatterVersion latest =
        new MatterVersions(em)
            .latest(implementationCode)
            .orElseThrow(() -> MatterVersions.notFound(implementationCode));
    scope.checkSees(latest.getOwnerUnit(), "matter.notFound", implementationCode);
    return latest.elements().toDraft();
  }

  /** Submits the item's open draft (or rejected version) for review. */
  public MatterView submit(String implementationCode) {
    return perform(implementationCode, ReviewAction.SUBMIT, "");
  }

  /**
   * Takes a review step on the item's latest version in the caller's name: submit (its unit's
   * editors), approve or reject with a reason (platform administrators, never on their own work).
   *
   * @throws jakarta.ejb.EJBAccessException when the caller's role may not take the step
   * @throws org.onewindow.common.DutySeparationException when the caller wrote or submitted it
   * @throws org.onewindow.common.StateConflictException when the state refuses the step
   */
  public MatterView perform(String implementationCode, ReviewAction action, String reason) {
    String why = InputRules.multiLine("reason", reason);
    MatterVersion version =
        workflow().perform(kind, () -> latestForChange(implementationCode), action, why, caller());
    return MatterView.of(version);
  }

  /**
   * Withdraws the item from the published list (事项取消), with a reason; the feed tells it.
   *
   * @throws org.onewindow.common.StateConflictException unless its latest version is published
   */
  public MatterView withdraw(String implementationCode, String reason) {
    String why = InputRules.multiLine("reason", reason);
    if (why.isEmpty()) {
      throw MissingInputException.of("reason", "matter.withdraw.reasonMissing");
    }
    if (why.length() > Review.MAX_REASON) {
      throw InvalidInputException.keyed(
          "reason", "matter.field.tooLong", new FieldName("reason"), Review.MAX_REASON);
    }
    MatterVersion latest = latestForChange(implementationCode);
    MatterFeed feed = new MatterFeeds(em).lock(MatterFeed.Name.IMPLEMENTATION);
    Instant now = clock.instant();
    latest.withdraw(now, feed.take());
    SubscriberNotices.announceWithdrawal(em, latest, why, now);
    em.flush();
    MatterAudit.record(
        audit, clock, "MATTER_WITHDRAWN", me(), latest, "matter.audit.withdrawn", why);
    return MatterView.of(latest);
  }

  /** The review history of every version of the item, oldest first. */
  public List<ReviewTransitionView> history(String implementationCode) {
    UnitScope scope = MatterScope.of(session);
    MatterVersions versions = new MatterVersions(em);
    List<MatterVersion> all = versions.all(implementationCode);
    if (all.isEmpty()) {
      throw MatterVersions.notFound(implementationCode);
    }
    scope.checkSees(all.get(0).getOwnerUnit(), "matter.notFound", implementationCode);
    List<ReviewTransitionView> history = new ArrayList<>();
    for (MatterVersion v : all) {
      history.addAll(workflow().history(MatterKinds.MATTER, v.getId()));
    }
    return history;
  }

  private MatterVersion latestForChange(String implementationCode) {
    return new MatterVersions(em)
        .latestForChange(MatterScope.of(session), code(implementationCode));
  }

  /** The elements under the rules, and against the basic catalogue item they implement. */
  private MatterElements checked(MatterDraft draft) {
    if (draft == null) {
      throw MissingInputException.of("body", "matter.request.bodyMissing");
    }
    MatterElements elements = MatterElements.check(draft);
    CatalogueItem basic =
        new MatterVersions(em)
            .catalogueItem(elements.basicCode())
            .orElseThrow(
                () ->
                    InvalidInputException.keyed(
                        "basicCode", "matter.catalogue.notFound", elements.basicCode()));
    if (basic.getMatterType() != elements.matterType()) {
      throw InvalidInputException.keyed(
          "matterType", "matter.catalogue.typeDiffers", basic.getMatterType());
    }
    if (!basic.getExerciseLevels().contains(elements.exerciseLevel())) {
      throw InvalidInputException.keyed(
          "exerciseLevel", "matter.catalogue.levelNotExercised", elements.exerciseLevel());
    }
    return elements;
  }

  private static String owner(UnitScope scope, String given) {
    String unit = InputRules.singleLine("ownerUnit", given);
    if (unit.isEmpty() && scope.restrictedTo() != null) {
      unit = scope.restrictedTo();
    }
    if (unit.isEmpty()) {
      throw MissingInputException.of(
          "ownerUnit", "matter.field.missing", new FieldName("ownerUnit"));
    }
    if (unit.length() > MatterElements.MAX_UNIT) {
      throw InvalidInputException.keyed(
          "ownerUnit", "matter.field.tooLong", new FieldName("ownerUnit"), MatterElements.MAX_UNIT);
    }
    return unit;
  }

  private static String code(String text) {
    return text == null ? "" : text.strip();
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }

  private ReviewCaller caller() {
    return ReviewCaller.of(session);
  }

  private ReviewWorkflow workflow() {
    return ReviewWorkflow.of(em, audit, clock);
  }
}
