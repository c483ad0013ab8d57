package org.onewindow.web.console.appcenter;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.onewindow.appcenter.service.AppReviewService;
import org.onewindow.review.ReviewAction;
import org.onewindow.web.console.review.ReviewReason;

/**
 * 审核 (000 9.3): a platform reviewer approves the submitted app or rejects it with a reason; never
 * one it submitted or wrote itself (the service refuses and audits that).
 */
@Named
@ViewScoped
public class DecideOnApp implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AppReviewService reviews;

  @Inject private ShowApp page;

  @Inject private ReviewReason reason;

  public void approve() {
    AppSteps.take(reviews, page, reason, ReviewAction.APPROVE);
  }

  public void reject() {
    AppSteps.take(reviews, page, reason, ReviewAction.REJECT);
  }
}
