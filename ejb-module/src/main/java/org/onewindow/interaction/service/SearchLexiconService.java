package org.onewindow.interaction.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.onewindow.common.DuplicateException;
import org.onewindow.common.EnumNames;
import org.onewindow.common.InputRules;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.Messages;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.Roles;
import org.onewindow.interaction.domain.Lexicon;
import org.onewindow.interaction.domain.LexiconKind;
import org.onewindow.interaction.domain.LexiconWord;
import org.onewindow.interaction.domain.SearchCounter;
import org.onewindow.ops.audit.AuditEvent;
import org.onewindow.ops.audit.AuditService;

/**
 * Search management (001 7.4; 000 8.1.2 b–c): platform administrators keep the synonyms, stop,
 * banned and hot words. Every change bumps the shared lexicon version, so each node's {@link
 * LexiconCache} reads the new lexicon within a second — no restart, no reindex: the lexicon applies
 * to queries only. Every change is audited.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class SearchLexiconService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @EJB private AuditService audit;

  @Inject Clock clock;

  /** The words of one kind (SYNONYM, STOP, BANNED, HOT), or of every kind for blank. */
  public List<LexiconEntry> list(String kind) {
    return list(kind == null || kind.isBlank() ? null : kindOf(kind));
  }

  /**
   * Adds a word of the kind named (SYNONYM, STOP, BANNED, HOT); see {@link #add(LexiconKind,
   * String, String)}.
   */
  public LexiconEntry add(String kind, String word, String synonyms) {
    return add(kindOf(kind), word, synonyms);
  }

  private static LexiconKind kindOf(String kind) {
    return EnumNames.lookup(LexiconKind.class, kind)
        .orElseThrow(() -> InvalidInputException.keyed("kind", "interaction.lexicon.kind"));
  }

  /** The words of one kind, or of every kind for null, oldest first. */
  public List<LexiconEntry> list(LexiconKind kind) {
    return em
        .createQuery(
            "select w from LexiconWord w where :kind is null or w.kind = :kind order by w.kind, w.id",
            LexiconWord.class)
        .setParameter("kind", kind)
        .getResultList()
        .stream()
        .map(SearchLexiconService::entry)
        .toList();
  }

  /**
   * Adds a word; for a synonym, {@code synonyms} names the group's other terms (comma-separated).
   *
   * @throws InvalidInputException for a blank or too long word, a synonym without others
   * @throws DuplicateException when the word is already kept for that kind
   */
  public LexiconEntry add(LexiconKind kind, String word, String synonyms) {
    if (kind == null) {
      throw InvalidInputException.keyed("kind", "interaction.lexicon.kind");
    }
    String w = Lexicon.normal(InputRules.singleLine("word", word));
    if (w.isEmpty() || w.length() > LexiconWord.MAX_WORD) {
      throw InvalidInputException.keyed("word", "interaction.lexicon.word", LexiconWord.MAX_WORD);
    }
    String others = "";
    if (kind == LexiconKind.SYNONYM) {
      List<String> terms = Lexicon.terms(InputRules.singleLine("synonyms", synonyms));
      terms.remove(w);
      others = String.join(",", terms);
      if (terms.isEmpty() || others.length() > LexiconWord.MAX_SYNONYMS) {
        throw InvalidInputException.keyed(
            "synonyms", "interaction.lexicon.synonyms", LexiconWord.MAX_SYNONYMS);
      }
    }
    long kept =
        em.createQuery(
                "select count(w) from LexiconWord w where w.kind = :kind and w.word = :word",
                Long.class)
            .setParameter("kind", kind)
            .setParameter("word", w)
            .getSingleResult();
    if (kept > 0) {
      throw DuplicateException.keyed("word", "interaction.lexicon.duplicate", w);
    }
    LexiconWord saved = new LexiconWord(kind, w, others, caller(), clock.instant());
    em.persist(saved);
    em.flush();
    changed("SEARCH_WORD_ADDED", kind + " " + w + (others.isEmpty() ? "" : " = " + others));
    return entry(saved);
  }

  /** Removes a word. */
  public void remove(long id) {
    LexiconWord word = em.find(LexiconWord.class, id);
    if (word == null) {
      throw NotFoundException.keyed("interaction.lexicon.notFound", id);
    }
    em.remove(word);
    changed(
        "SEARCH_WORD_REMOVED",
        word.getKind()
            + " "
            + word.getWord()
            + (word.getSynonyms().isEmpty() ? "" : " = " + word.getSynonyms()));
  }

  private void changed(String type, String detail) {
    SearchCounter version =
        em.find(SearchCounter.class, SearchCounter.LEXICON, LockModeType.PESSIMISTIC_WRITE);
    version.setValue(version.getValue() + 1);
    audit.recordInCallersTransaction(
        AuditEvent.platformSuccess(
            clock.instant(),
            type,
            caller(),
            Messages.text("interaction.lexicon.audit", Messages.PLATFORM_LOCALE, detail)));
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }

  private static LexiconEntry entry(LexiconWord w) {
    return new LexiconEntry(
        w.getId(), w.getKind(), w.getWord(), w.getSynonyms(), w.getCreatedBy(), w.getCreatedAt());
  }
}
