package org.onewindow.keycloak.audit;

import java.util.List;

/**
 * Keycloak's own event store, read in pages oldest first: where a catch-up finds what it missed.
 */
interface StoredEvents {

  /**
   * Events of one kind from a time on, oldest first.
   *
   * @param kind {@link ForwardedEvent#USER} or {@link ForwardedEvent#ADMIN}
   * @param fromMillis the earliest time, epoch milliseconds
   * @param first how many to skip
   * @param max at most how many
   */
  List<ForwardedEvent> page(String kind, long fromMillis, int first, int max);
}
