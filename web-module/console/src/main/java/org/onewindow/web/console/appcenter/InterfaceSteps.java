package org.onewindow.web.console.appcenter;

import jakarta.faces.context.FacesContext;
import org.onewindow.appcenter.service.InterfaceReviewService;
import org.onewindow.review.ReviewAction;
import org.onewindow.web.console.ConsolePages;
import org.onewindow.web.console.review.ReviewReason;

/**
 * How the interface page's step beans take a review step: one call, the outcome, the page read
 * again.
 */
final class InterfaceSteps {

  private InterfaceSteps() {}

  static void take(
      InterfaceReviewService reviews, ShowInterface page, ReviewReason reason, ReviewAction step) {
    if (ConsolePages.attempt(() -> reviews.perform(page.getId(), step, reason.getText()))) {
      reason.clear();
      ConsolePages.done(step.label(Texts.language(FacesContext.getCurrentInstance())));
    }
    page.reload();
  }
}
