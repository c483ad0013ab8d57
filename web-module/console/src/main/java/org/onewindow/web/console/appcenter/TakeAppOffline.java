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
 * 下线 (000 9.5): a reviewer takes the online app offline, saying why; its client is switched off.
 */
@Named
@ViewScoped
public class TakeAppOffline implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AppReviewService reviews;

  @Inject private ShowApp page;

  @Inject private ReviewReason reason;

  public void takeOffline() {
    AppSteps.take(reviews, page, reason, ReviewAction.OFFLINE);
  }
}
