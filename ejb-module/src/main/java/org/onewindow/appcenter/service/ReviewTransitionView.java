package org.onewindow.appcenter.service;

import java.io.Serializable;
import java.time.Instant;
import org.onewindow.appcenter.domain.ReviewTransition;

/** One line of an interface's review history. */
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

  static ReviewTransitionView of(ReviewTransition t) {
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
