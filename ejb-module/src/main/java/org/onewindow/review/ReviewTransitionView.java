package org.onewindow.review;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import org.onewindow.common.Localized;

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
    implements Serializable, Localized<ReviewTransitionView> {

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

  /** The same view with its labels in {@code locale}'s language. */
  @Override
  public ReviewTransitionView in(Locale locale) {
    return new ReviewTransitionView(
        revision,
        action,
        ReviewAction.valueOf(action).label(locale),
        from,
        to,
        ReviewStatus.valueOf(to).label(locale),
        actor,
        at,
        reason);
  }
}
