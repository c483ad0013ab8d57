package org.onewindow.appcenter.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.onewindow.appcenter.domain.FeedbackFinding;
import org.onewindow.appcenter.domain.FeedbackStatus;
import org.onewindow.appcenter.domain.InterfaceFeedback;
import org.onewindow.appcenter.domain.RegisteredInterface;
import org.onewindow.appcenter.infrastructure.SensitiveWordLocator;
import org.onewindow.appcenter.infrastructure.SensitiveWordScanner;
import org.onewindow.appcenter.repository.InterfaceFeedbackRepository;
import org.onewindow.common.Messages;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.Roles;
import org.onewindow.common.UnitScope;
import org.onewindow.ops.audit.AuditEvent;
import org.onewindow.ops.audit.AuditService;

/**
 * Sensitive words found in an interface's calls, fed back to its provider (000 9.4.3 b
 * 发现敏感词汇…反馈给接口提供方): a test (or, later, an inspection) raises an item for the interface's owner
 * unit; that unit's developers see it on the interface's page and at {@code GET
 * /api/v1/interfaces/{id}/feedback}, and acknowledge it with a short reply. Another unit's items do
 * not exist for a developer (404, as for the interface). Raising and acknowledging are audited.
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.APP_REVIEWER, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
public class InterfaceFeedbackService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @EJB private AuditService audit;

  @Inject Clock clock;

  /**
   * Records what a test found, in the test's own transaction so the feedback and its test record
   * are kept together or not at all. Nothing happens without hits. A repeat of an open item's words
   * adds no item (see {@link InterfaceFeedback}).
   *
   * @param testId the test record that found the words
   * @param hits what the test's scan found (their words are located again, in detail)
   * @param parameters the values sent
   * @param responseBody the answer as received, before masking; contexts are cut from it masked
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void raise(
      long interfaceId,
      Long testId,
      List<SensitiveWordScanner.Hit> hits,
      Map<String, String> parameters,
      String responseBody) {
    if (hits == null || hits.isEmpty()) {
      return;
    }
    Set<String> words = new LinkedHashSet<>();
    hits.forEach(h -> words.add(h.word()));
    // Serialises raising per interface: two tests at once must not open the same item twice.
    RegisteredInterface registered =
        em.find(RegisteredInterface.class, interfaceId, LockModeType.PESSIMISTIC_WRITE);
    if (registered == null) {
      throw NotFoundException.keyed("appcenter.interface.notFound", String.valueOf(interfaceId));
    }
    Instant now = clock.instant();
    List<InterfaceFeedback> open = new InterfaceFeedbackRepository(em).openOf(interfaceId);
    Optional<InterfaceFeedback> covering = InterfaceFeedback.covering(open, words);
    if (covering.isPresent()) {
      covering.get().seenAgain(testId, now);
      return;
    }
    List<FeedbackFinding> findings =
        new SensitiveWordLocator(words)
            .locate(parameters, responseBody).stream()
                .map(o -> new FeedbackFinding(o.location(), o.word(), o.count(), o.context()))
                .toList();
    InterfaceFeedback item =
        InterfaceFeedback.open(interfaceId, registered.getRevision(), words, findings, testId, now);
    em.persist(item);
    em.flush();
    audit.recordInCallersTransaction(
        new AuditEvent(
            now,
            "platform",
            "INTERFACE_FEEDBACK_RAISED",
            session.getCallerPrincipal().getName(),
            "success",
            Messages.text(
                "appcenter.audit.feedbackRaised",
                Messages.PLATFORM_LOCALE,
                String.valueOf(interfaceId),
                registered.getName(),
                String.valueOf(item.getId()),
                item.getWords(),
                String.valueOf(testId),
                registered.getUnit().getName())));
  }

  /** The interface's feedback items, open ones first, newest first. */
  public List<InterfaceFeedbackView> list(long interfaceId) {
    new InterfaceRecords(em).findVisible(interfaceId, UnitScope.of(session));
    return new InterfaceFeedbackRepository(em)
        .ofInterface(interfaceId).stream().map(InterfaceFeedbackView::of).toList();
  }

  /**
   * The provider's acknowledgement: who, when, and a short reply (what was done). Only the
   * provider's side answers — a unit's developer for its own interfaces, or a system account — not
   * the reviewers who read the feedback.
   *
   * @throws NotFoundException when the interface or item does not exist for the caller
   * @throws org.onewindow.common.InvalidInputException on a blank or overlong reply
   * @throws org.onewindow.common.StateConflictException when it was acknowledged already
   */
  @RolesAllowed({Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
  public InterfaceFeedbackView acknowledge(long interfaceId, long feedbackId, String reply) {
    RegisteredInterface registered =
        new InterfaceRecords(em).findVisible(interfaceId, UnitScope.of(session));
    InterfaceFeedback item = em.find(InterfaceFeedback.class, feedbackId);
    if (item == null || item.getInterfaceId() != interfaceId) {
      throw NotFoundException.keyed("appcenter.feedback.notFound", String.valueOf(feedbackId));
    }
    String actor = session.getCallerPrincipal().getName();
    Instant now = clock.instant();
    FeedbackStatus before = item.getStatus();
    item.acknowledge(actor, now, reply);
    audit.recordInCallersTransaction(
        new AuditEvent(
            now,
            "platform",
            "INTERFACE_FEEDBACK_ACKNOWLEDGED",
            actor,
            "success",
            Messages.text(
                "appcenter.audit.feedbackAcknowledged",
                Messages.PLATFORM_LOCALE,
                String.valueOf(interfaceId),
                registered.getName(),
                String.valueOf(feedbackId),
                item.getWords(),
                before,
                item.getStatus(),
                item.getReply())));
    return InterfaceFeedbackView.of(item);
  }
}
