package org.onewindow.inspection.service;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Optional;
import org.onewindow.appcenter.domain.InterfaceDefinition;
import org.onewindow.appcenter.service.SubjectWatchService;
import org.onewindow.appcenter.service.WatchedInterface;
import org.onewindow.common.Messages;
import org.onewindow.inspection.domain.InspectionCheck;
import org.onewindow.inspection.domain.InspectionRequest;
import org.onewindow.outbound.BodyEncoding;
import org.onewindow.outbound.HttpMethod;
import org.onewindow.outbound.UpstreamRequest;
import org.onewindow.review.SubjectKind;

/**
 * 接口巡检 (000 8.2.3 c): an online interface is called with the examples its own parameter
 * descriptions give ({@link InspectionRequest}); its alarms go to the apps bound to it.
 */
@ApplicationScoped
public class InterfaceProbe implements SubjectProbe {

  @EJB private SubjectWatchService subjects;

  @Override
  public SubjectKind kind() {
    return SubjectWatchService.INTERFACE;
  }

  @Override
  public Optional<InspectionTarget> target(long id) {
    return subjects.watchedInterface(id).filter(WatchedInterface::online).map(this::target);
  }

  private InspectionTarget target(WatchedInterface watched) {
    InterfaceDefinition definition = watched.definition();
    InspectionRequest plan = InspectionRequest.of(definition.requestParameters());
    UpstreamRequest request = null;
    try {
      URI address = URI.create(definition.address());
      request =
          definition.method() == HttpMethod.GET
              ? UpstreamRequest.get(address, plan.values())
              : UpstreamRequest.post(address, plan.values(), BodyEncoding.FORM);
    } catch (IllegalArgumentException e) {
      // Left null: recorded as an invalid address.
    }
    return new InspectionTarget(
        kind(),
        watched.id(),
        Messages.text(
            "inspection.target.interface", Messages.PLATFORM_LOCALE, watched.id(), watched.name()),
        InspectionCheck.INTERFACE_CALL,
        request,
        plan,
        definition.returnFormat(),
        watched.boundApps());
  }
}
