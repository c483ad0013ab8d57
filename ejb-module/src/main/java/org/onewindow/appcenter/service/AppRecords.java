package org.onewindow.appcenter.service;

import jakarta.persistence.EntityManager;
import org.onewindow.appcenter.domain.ServiceApp;
import org.onewindow.common.NotFoundException;

/** Finding an app as the caller may see it, for the app's review and publication services. */
final class AppRecords {

  private AppRecords() {}

  /**
   * The app of that id if the caller's unit may see it (issue 5 item 7).
   *
   * @throws NotFoundException when there is none, or it is another unit's
   */
  static ServiceApp findVisible(EntityManager em, UnitScope scope, long appId) {
    ServiceApp app = em.find(ServiceApp.class, appId);
    if (app == null) {
      throw new NotFoundException("应用不存在：" + appId);
    }
    scope.checkSees(app.getUnit(), "应用不存在：" + appId);
    return app;
  }
}
