package org.onewindow.web.portal.casework;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.onewindow.casework.service.OnlineApplicationService;
import org.onewindow.casework.service.OnlineCaseSummary;

/** 我的办件 ({@code my-cases.xhtml}, 001 7.3, 7.7): the signed-in applicant's cases, newest first. */
@Named
@RequestScoped
public class MyCases {

  @EJB private OnlineApplicationService applications;

  private List<OnlineCaseSummary> cases;

  public List<OnlineCaseSummary> getCases() {
    if (cases == null) {
      cases = applications.mine();
    }
    return cases;
  }
}
