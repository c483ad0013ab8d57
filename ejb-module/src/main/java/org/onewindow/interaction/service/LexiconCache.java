package org.onewindow.interaction.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onewindow.interaction.domain.Lexicon;
import org.onewindow.interaction.domain.LexiconWord;
import org.onewindow.interaction.domain.SearchCounter;

/**
 * This node's copy of the search lexicon, checked against the shared version at most once per
 * {@link #CHECK_MILLIS}: a change saved on any node is in force on every node within that, without
 * a restart and without a message between nodes (docs/node-local-state.md). A query pays a
 * primary-key read once a second, not one per query.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LexiconCache {

  static final long CHECK_MILLIS = 1000;

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  private volatile Lexicon lexicon;
  private volatile long version = -1;
  private volatile long checkedAt;

  /** The lexicon in force. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Lexicon current() {
    long now = System.currentTimeMillis();
    if (lexicon != null && now - checkedAt < CHECK_MILLIS) {
      return lexicon;
    }
    SearchCounter counter = em.find(SearchCounter.class, SearchCounter.LEXICON);
    long shared = counter == null ? 0 : counter.getValue();
    if (lexicon == null || shared != version) {
      lexicon =
          Lexicon.of(
              em.createQuery("select w from LexiconWord w order by w.id", LexiconWord.class)
                  .getResultList());
      version = shared;
    }
    checkedAt = now;
    return lexicon;
  }
}
