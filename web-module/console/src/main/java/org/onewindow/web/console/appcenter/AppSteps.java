package org.onewindow.web.console.appcenter;

import jakarta.faces.context.FacesContext;
import org.onewindow.appcenter.service.AppReviewService;
import org.onewindow.review.ReviewAction;
import org.onewindow.web.console.ConsolePages;
import org.onewindow.web.console.review.ReviewReason;

/** How the app page's step beans take a review step: one call, the outcome, the page read again. */
final class AppSteps {

  private AppSteps() {}

  static void take(AppReviewService reviews, ShowApp page, ReviewReason reason, ReviewAction step) {
    if (ConsolePages.attempt(() -> reviews.perform(page.getId(), step, reason.getText()))) {
      reason.clear();
      ConsolePages.done(step.label(Texts.language(FacesContext.getCurrentInstance())));
    }
    page.reload();
  }
}
