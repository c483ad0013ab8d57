package org.onewindow.matter.service;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.onewindow.common.StateConflictException;
import org.onewindow.matter.domain.KeptMatter;

/**
 * The rules of one per-account list of matters (favourites, subscriptions): only a matter in force
 * can be added, adding one already there changes nothing, at most {@code max} entries, listed the
 * latest first. Not a bean: each list's service holds one and passes its caller's account, checked
 * there.
 *
 * @param <E> the list's entity
 */
final class KeptMatters<E extends KeptMatter> {

  /** Makes the list's entity for an account, a code and a time. */
  @FunctionalInterface
  interface Entry<E> {
    E make(String account, String implementationCode, Instant at);
  }

  private final Class<E> type;
  private final int max;
  private final String tooManyKey;
  private final Entry<E> entry;

  KeptMatters(Class<E> type, int max, String tooManyKey, Entry<E> entry) {
    this.type = type;
    this.max = max;
    this.tooManyKey = tooManyKey;
    this.entry = entry;
  }

  /**
   * Adds the matter to the account's list.
   *
   * @throws org.onewindow.common.NotFoundException when no version of it is in force
   * @throws StateConflictException when the account keeps the most entries already
   */
  void add(EntityManager em, String account, String implementationCode, Instant now) {
    String code = Bookmarks.inForce(em, implementationCode);
    if (find(em, account, code) != null) {
      return;
    }
    long kept =
        em.createQuery(
                "select count(k) from " + entity() + " k where k.account = :account", Long.class)
            .setParameter("account", account)
            .getSingleResult();
    if (kept >= max) {
      throw StateConflictException.keyed(tooManyKey, max);
    }
    em.persist(entry.make(account, code, now));
  }

  /** Takes the matter out of the account's list, if it is there. */
  void remove(EntityManager em, String account, String implementationCode) {
    E kept = find(em, account, Bookmarks.code(implementationCode));
    if (kept != null) {
      em.remove(kept);
    }
  }

  boolean contains(EntityManager em, String account, String implementationCode) {
    return find(em, account, Bookmarks.code(implementationCode)) != null;
  }

  /** The account's list, the latest kept first, each with the version in force. */
  List<MatterBookmark> list(EntityManager em, String account) {
    List<E> kept =
        em.createQuery(
                "select k from "
                    + entity()
                    + " k where k.account = :account order by k.createdAt desc, k.id desc",
                type)
            .setParameter("account", account)
            .getResultList();
    return Bookmarks.of(
        em,
        kept.stream()
            .map(k -> new Bookmarks.Kept(k.getImplementationCode(), k.getCreatedAt()))
            .toList());
  }

  private E find(EntityManager em, String account, String code) {
    return em.createQuery(
            "select k from "
                + entity()
                + " k where k.account = :account and k.implementationCode = :code",
            type)
        .setParameter("account", account)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** The JPQL entity name: the class's simple name, as neither list renames its entity. */
  private String entity() {
    return type.getSimpleName();
  }
}
