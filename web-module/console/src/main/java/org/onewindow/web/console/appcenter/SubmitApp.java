package org.onewindow.web.console.appcenter;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.onewindow.appcenter.service.AppReviewService;
import org.onewindow.review.ReviewAction;
import org.onewindow.web.console.review.ReviewReason;

/** 提交审核 (000 9.3): the unit sends the tested app to the platform's reviewers. */
@Named
@ViewScoped
public class SubmitApp implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AppReviewService reviews;

  @Inject private ShowApp page;

  @Inject private ReviewReason reason;

  public void submit() {
    AppSteps.take(reviews, page, reason, ReviewAction.SUBMIT);
  }
}
