package org.onewindow.appcenter.service;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.onewindow.appcenter.domain.AppCenterKinds;
import org.onewindow.appcenter.domain.RegisteredInterface;
import org.onewindow.common.Messages;
import org.onewindow.common.Roles;
import org.onewindow.review.ReviewTransition;
import org.onewindow.review.ReviewedKind;
import org.onewindow.review.SubjectKind;

/**
 * Interfaces as the review workflow sees them (000 9.4.1): the access unit's developers and system
 * accounts register, revise and submit; the application reviewers decide, put online and take
 * offline. No precondition of their own (the test panel's records are evidence for the reviewer,
 * not a gate); every step drops the gateway's cached route.
 */
@ApplicationScoped
public class InterfaceReviewKind implements ReviewedKind<RegisteredInterface> {

  @EJB private GatewayDirectory gateway;

  @EJB private InterfaceRegistryService registry;

  @Override
  public SubjectKind kind() {
    return AppCenterKinds.INTERFACE;
  }

  @Override
  public Class<RegisteredInterface> subjectClass() {
    return RegisteredInterface.class;
  }

  @Override
  public Set<String> deciderRoles() {
    return Set.of(Roles.APP_REVIEWER);
  }

  @Override
  public String describe(RegisteredInterface registered) {
    return Messages.text(
        "appcenter.audit.interface",
        Messages.PLATFORM_LOCALE,
        String.valueOf(registered.getId()),
        registered.getName());
  }

  @Override
  public void afterMove(RegisteredInterface registered, ReviewTransition transition) {
    gateway.forgetInterface(registered.getId());
  }

  @Override
  public void checkVisible(long id) {
    registry.get(id);
  }
}
