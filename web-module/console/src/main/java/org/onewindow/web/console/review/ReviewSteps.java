package org.onewindow.web.console.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.onewindow.review.ReviewAction;
import org.onewindow.review.ReviewStatus;

/**
 * Which steps of the review workflow a subject's state allows, for the panel to show only those;
 * the service still checks the caller's role, the kind's preconditions and separation of duties.
 */
@Named
@ApplicationScoped
public class ReviewSteps {

  /** Whether {@code action} ({@code SUBMIT}, {@code APPROVE}, …) may follow {@code status}. */
  public boolean allows(String action, ReviewStatus status) {
    return status != null && ReviewAction.valueOf(action).allowedFrom(status);
  }

  /** Whether a rectification may start: after a rejection or going offline (000 9.5). */
  public boolean rectifiable(ReviewStatus status) {
    return status == ReviewStatus.REJECTED || status == ReviewStatus.OFFLINE;
  }
}
