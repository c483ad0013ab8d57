package org.onewindow.matter.service;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.onewindow.common.Messages;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.StateConflictException;
import org.onewindow.matter.domain.MatterFeed;
import org.onewindow.matter.domain.MatterKinds;
import org.onewindow.matter.domain.MatterVersion;
import org.onewindow.ops.audit.AuditService;
import org.onewindow.review.ReviewAction;
import org.onewindow.review.ReviewTransition;
import org.onewindow.review.ReviewedKind;
import org.onewindow.review.SubjectKind;

/**
 * Implementation-list versions as the review workflow sees them (issue 19 item 1): an access unit's
 * administrators (its developers) and system accounts write and submit their unit's; the realm has
 * no matter reviewer's role, so platform administrators decide — never on a version they wrote or
 * submitted (separation of duties, the workflow's). Approval publishes the version and supersedes
 * the one in force, in the same transaction, numbered in the implementation feed. Matters are
 * published on approval: no online or offline step.
 */
@ApplicationScoped
public class MatterReviewKind implements ReviewedKind<MatterVersion> {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Inject Clock clock;

  @EJB private AuditService audit;

  @Override
  public SubjectKind kind() {
    return MatterKinds.MATTER;
  }

  @Override
  public Class<MatterVersion> subjectClass() {
    return MatterVersion.class;
  }

  /** No realm role reviews matters (Roles): platform administrators, who may take every step. */
  @Override
  public Set<String> deciderRoles() {
    return Set.of();
  }

  @Override
  public String describe(MatterVersion version) {
    return Messages.text(
        "matter.audit.named",
        Messages.PLATFORM_LOCALE,
        version.getImplementationCode(),
        String.valueOf(version.getVersionNumber()),
        version.getName());
  }

  @Override
  public void checkBefore(MatterVersion version, ReviewAction action) {
    switch (action) {
      case ONLINE, OFFLINE -> throw StateConflictException.keyed("matter.review.noPublication");
      case SUBMIT -> {
        if (!version.isLatest() || version.getPublication() != null) {
          throw StateConflictException.keyed("matter.review.notLatest");
        }
      }
      default -> {
        // the state is the review's to check
      }
    }
  }

  @Override
  public void afterMove(MatterVersion version, ReviewTransition transition) {
    if (transition.getAction() == ReviewAction.APPROVE) {
      publish(version, transition.getActor());
    }
  }

  private void publish(MatterVersion version, String actor) {
    Instant now = clock.instant();
    MatterFeed feed = new MatterFeeds(em).lock(MatterFeed.Name.IMPLEMENTATION);
    MatterVersion before =
        new MatterVersions(em).published(version.getImplementationCode()).orElse(null);
    version.publish(now, feed.take());
    if (before != null && !before.getId().equals(version.getId())) {
      before.supersede(now);
      SubscriberNotices.announce(em, version, now);
      MatterAudit.record(
          audit,
          clock,
          "MATTER_PUBLISHED",
          actor,
          version,
          "matter.audit.published",
          String.valueOf(before.getVersionNumber()));
    } else {
      MatterAudit.record(
          audit, clock, "MATTER_PUBLISHED", actor, version, "matter.audit.publishedFirst");
    }
  }

  @Override
  public void checkVisible(long id) {
    if (em.find(MatterVersion.class, id) == null) {
      throw NotFoundException.keyed("matter.notFound", String.valueOf(id));
    }
  }
}
