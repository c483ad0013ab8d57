package org.onewindow.web.console.appcenter;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.onewindow.appcenter.service.AppReviewService;
import org.onewindow.web.console.ConsolePages;

/** 整改 (000 9.5): a rejected or offline app becomes a new draft revision, to be reviewed again. */
@Named
@ViewScoped
public class RectifyApp implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AppReviewService reviews;

  @Inject private ShowApp page;

  public void rectify() {
    ConsolePages.attempt(() -> reviews.rectify(page.getId()));
    page.reload();
  }
}
