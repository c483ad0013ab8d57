package org.onewindow.web.console.appcenter;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.onewindow.appcenter.service.InterfaceReviewService;
import org.onewindow.review.ReviewAction;
import org.onewindow.web.console.review.ReviewReason;

/** 下线 (000 9.5): a reviewer takes the online interface offline, saying why. */
@Named
@ViewScoped
public class TakeInterfaceOffline implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private InterfaceReviewService reviews;

  @Inject private ShowInterface page;

  @Inject private ReviewReason reason;

  public void takeOffline() {
    InterfaceSteps.take(reviews, page, reason, ReviewAction.OFFLINE);
  }
}
