package org.onewindow.web.console.appcenter;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.onewindow.appcenter.service.InterfaceReviewService;
import org.onewindow.review.ReviewAction;
import org.onewindow.web.console.review.ReviewReason;

/**
 * 审核 (000 9.4.1): a platform reviewer approves the submitted interface or rejects it with a reason;
 * never one it submitted or wrote itself (the service refuses and audits that).
 */
@Named
@ViewScoped
public class DecideOnInterface implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private InterfaceReviewService reviews;

  @Inject private ShowInterface page;

  @Inject private ReviewReason reason;

  public void approve() {
    InterfaceSteps.take(reviews, page, reason, ReviewAction.APPROVE);
  }

  public void reject() {
    InterfaceSteps.take(reviews, page, reason, ReviewAction.REJECT);
  }
}
