package org.onewindow.appcenter.repository;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.onewindow.appcenter.domain.SensitiveWord;

/** The sensitive-word lexicon interface tests scan with (000 9.4.3 b). */
public final class SensitiveWordRepository {

  private final EntityManager em;

  public SensitiveWordRepository(EntityManager em) {
    this.em = em;
  }

  /** Every entry, alphabetically. */
  public List<SensitiveWord> all() {
    return em.createQuery("select w from SensitiveWord w order by w.word", SensitiveWord.class)
        .getResultList();
  }

  /** The bare words. */
  public List<String> words() {
    return em.createQuery("select w.word from SensitiveWord w", String.class).getResultList();
  }

  /** Whether the lexicon has the word. */
  public boolean contains(String word) {
    return em.createQuery("select count(w) from SensitiveWord w where w.word = :w", Long.class)
            .setParameter("w", word)
            .getSingleResult()
        > 0;
  }
}
