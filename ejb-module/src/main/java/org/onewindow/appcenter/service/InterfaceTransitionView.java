package org.onewindow.appcenter.service;

import java.io.Serializable;
import java.time.Instant;
import org.onewindow.appcenter.domain.InterfaceTransition;

/** One line of an interface's review history. */
public record InterfaceTransitionView(
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

  static InterfaceTransitionView of(InterfaceTransition t) {
    return new InterfaceTransitionView(
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
