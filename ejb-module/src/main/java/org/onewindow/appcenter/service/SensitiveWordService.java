package org.onewindow.appcenter.service;

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
import java.util.List;
import org.onewindow.appcenter.domain.SensitiveWord;
import org.onewindow.appcenter.repository.SensitiveWordRepository;
import org.onewindow.common.DuplicateException;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.Roles;
import org.onewindow.ops.audit.AuditEvent;
import org.onewindow.ops.audit.AuditService;

/**
 * The sensitive-word lexicon (000 9.4.3 b): platform administrators and reviewers keep it; every
 * interface test reads it. Changes are audited.
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.APP_REVIEWER})
public class SensitiveWordService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @EJB private AuditService audit;

  @Inject Clock clock;

  /** Every word, alphabetically. */
  public List<SensitiveWordView> list() {
    return lexicon().all().stream().map(SensitiveWordView::of).toList();
  }

  /** The bare words, for a test's scanner: any role that may test reads them. */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.APP_REVIEWER, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
  public List<String> words() {
    return lexicon().words();
  }

  /**
   * Adds a word in the caller's name.
   *
   * @throws org.onewindow.common.InvalidInputException on a blank or overlong word
   * @throws DuplicateException when the lexicon has it already
   */
  public SensitiveWordView add(String word) {
    String actor = session.getCallerPrincipal().getName();
    Instant now = clock.instant();
    SensitiveWord entry = SensitiveWord.of(word, actor, now);
    if (lexicon().contains(entry.getWord())) {
      throw DuplicateException.keyed("word", "appcenter.sensitiveWord.duplicate", entry.getWord());
    }
    em.persist(entry);
    em.flush();
    audit.recordInCallersTransaction(
        new AuditEvent(now, "platform", "SENSITIVE_WORD_ADDED", actor, "success", entry.getWord()));
    return SensitiveWordView.of(entry);
  }

  /**
   * Removes a word.
   *
   * @throws NotFoundException when there is no word of that id
   */
  public void remove(long id) {
    SensitiveWord entry = em.find(SensitiveWord.class, id);
    if (entry == null) {
      throw NotFoundException.keyed("appcenter.sensitiveWord.notFound", String.valueOf(id));
    }
    em.remove(entry);
    audit.recordInCallersTransaction(
        new AuditEvent(
            clock.instant(),
            "platform",
            "SENSITIVE_WORD_REMOVED",
            session.getCallerPrincipal().getName(),
            "success",
            entry.getWord()));
  }

  private SensitiveWordRepository lexicon() {
    return new SensitiveWordRepository(em);
  }
}
