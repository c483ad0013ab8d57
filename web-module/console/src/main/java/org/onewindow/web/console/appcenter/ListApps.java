package org.onewindow.web.console.appcenter;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.onewindow.appcenter.service.AppOnboardingService;
import org.onewindow.appcenter.service.AppView;

/** The app list (000 8.2.3 a 服务应用状态展示): every app and where it stands. */
@Named
@ViewScoped
public class ListApps implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AppOnboardingService apps;

  private List<AppView> all;

  public List<AppView> getApps() {
    if (all == null) {
      all = apps.list();
    }
    return all;
  }
}
