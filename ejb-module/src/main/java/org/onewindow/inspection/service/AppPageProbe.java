package org.onewindow.inspection.service;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onewindow.appcenter.service.SubjectWatchService;
import org.onewindow.appcenter.service.WatchedApp;
import org.onewindow.common.Messages;
import org.onewindow.inspection.domain.InspectionCheck;
import org.onewindow.outbound.UpstreamRequest;
import org.onewindow.review.SubjectKind;

/** 界面巡检 (000 8.2.3 c): an online app's page is fetched; its alarms go to the app itself. */
@ApplicationScoped
public class AppPageProbe implements SubjectProbe {

  @EJB private SubjectWatchService subjects;

  @Override
  public SubjectKind kind() {
    return SubjectWatchService.APP;
  }

  @Override
  public Optional<InspectionTarget> target(long id) {
    return subjects.watchedApp(id).filter(WatchedApp::online).map(this::target);
  }

  private InspectionTarget target(WatchedApp app) {
    UpstreamRequest request = null;
    try {
      request = UpstreamRequest.get(URI.create(app.pageUrl().strip()), Map.of());
    } catch (IllegalArgumentException e) {
      // Left null: recorded as an invalid address.
    }
    return new InspectionTarget(
        kind(),
        app.id(),
        Messages.text(
            "inspection.target.appPage", Messages.PLATFORM_LOCALE, app.appKey(), app.name()),
        InspectionCheck.PAGE,
        request,
        null,
        null,
        List.of(app.id()));
  }
}
