package org.onewindow.matter.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.onewindow.matter.domain.MatterFeed;

/**
 * Takes feed numbers in the writing transaction under the feed row's lock, held to the commit: a
 * second writer waits for the first to commit, so numbers are committed in the order they are
 * handed out and a reader's cursor never passes a change still to come (see {@link MatterFeed}).
 */
final class MatterFeeds {

  private final EntityManager em;

  MatterFeeds(EntityManager em) {
    this.em = em;
  }

  /** The feed's counter, locked until the caller's transaction ends. */
  MatterFeed lock(MatterFeed.Name name) {
    MatterFeed feed = em.find(MatterFeed.class, name.name(), LockModeType.PESSIMISTIC_WRITE);
    if (feed == null) {
      throw new IllegalStateException("the migration's feed row is missing: " + name);
    }
    return feed;
  }
}
