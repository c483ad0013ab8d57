package org.onewindow.web.console.appcenter;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.onewindow.appcenter.service.InterfaceReviewService;
import org.onewindow.review.ReviewAction;
import org.onewindow.web.console.review.ReviewReason;

/** 提交审核 (000 9.4.1): the access unit sends its registered interface to the platform's reviewers. */
@Named
@ViewScoped
public class SubmitInterface implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private InterfaceReviewService reviews;

  @Inject private ShowInterface page;

  @Inject private ReviewReason reason;

  public void submit() {
    InterfaceSteps.take(reviews, page, reason, ReviewAction.SUBMIT);
  }
}
