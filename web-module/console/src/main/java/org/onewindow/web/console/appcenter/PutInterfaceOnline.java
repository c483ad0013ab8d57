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
 * 上线 (000 9.4.1): a reviewer puts the approved interface online; the gateway routes to it from then
 * on.
 */
@Named
@ViewScoped
public class PutInterfaceOnline implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private InterfaceReviewService reviews;

  @Inject private ShowInterface page;

  @Inject private ReviewReason reason;

  public void putOnline() {
    InterfaceSteps.take(reviews, page, reason, ReviewAction.ONLINE);
  }
}
