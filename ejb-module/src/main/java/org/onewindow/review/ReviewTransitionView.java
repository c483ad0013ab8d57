package org.onewindow.review;

import java.io.Serializable;
import java.time.Instant;

/** One line of a subject's review history, as the console and the API show it. */
public record ReviewTransitionView(
    int revision,
    String action,
    String actionLabel,
    String from,
    String to,
    String toLabel,
    String actor,
    Instant at,
    String reason)
    implements Serializable {

  public static ReviewTransitionView of(ReviewTransition t) {
    return new ReviewTransitionView(
        t.getRevision(),
        t.getAction().name(),
        t.getAction().label(),
        t.getFrom() == null ? "" : t.getFrom().name(),
        t.getTo().name(),
        t.getTo().label(),
        t.getActor(),
        t.getAt(),
        t.getReason());
  }
}
