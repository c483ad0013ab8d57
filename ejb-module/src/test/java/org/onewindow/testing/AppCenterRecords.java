package org.onewindow.testing;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.onewindow.appcenter.domain.AccessUnit;
import org.onewindow.appcenter.domain.AppBinding;
import org.onewindow.appcenter.domain.InterfaceDefinition;
import org.onewindow.appcenter.domain.InterfaceGrant;
import org.onewindow.appcenter.domain.InterfaceProtocol;
import org.onewindow.appcenter.domain.ParameterDefinition;
import org.onewindow.appcenter.domain.ParameterType;
import org.onewindow.appcenter.domain.PlatformSigningKey;
import org.onewindow.appcenter.domain.RegisteredInterface;
import org.onewindow.appcenter.domain.ReturnFormat;
import org.onewindow.appcenter.domain.ServiceApp;
import org.onewindow.outbound.HttpMethod;
import org.onewindow.region.BundledDivisionTable;
import org.onewindow.review.ReviewAction;
import org.onewindow.review.ReviewStatus;

/**
 * Application-centre records made the way the services make them (domain factories, review actions
 * by separate people), for tests on an {@link InMemoryDatabase}. Every record is persisted and
 * flushed in the caller's entity manager.
 */
public final class AppCenterRecords {

  /** The developer who registers and submits; the reviewer who decides (separate duties). */
  public static final String DEVELOPER = "dev-wang";

  public static final String REVIEWER = "reviewer-li";

  public static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");

  private final EntityManager em;

  public AppCenterRecords(EntityManager em) {
    this.em = em;
  }

  public AccessUnit unit(String name) {
    AccessUnit unit = AccessUnit.register(name, "110000", "admin", AT);
    em.persist(unit);
    em.flush();
    return unit;
  }

  /** An interface of the unit, brought to {@code status} through the review as a service would. */
  public RegisteredInterface registeredInterface(
      AccessUnit unit, String name, ReviewStatus status) {
    RegisteredInterface registered =
        RegisteredInterface.register(
            unit, definition(name), new PlatformSigningKey("key-ref", "public-key"), DEVELOPER, AT);
    em.persist(registered);
    em.flush();
    for (ReviewAction action : path(status)) {
      registered.perform(action, actor(action), reason(action), AT);
    }
    em.flush();
    return registered;
  }

  /** An app of the unit in draft, with the default rate limit. */
  public ServiceApp app(AccessUnit unit, String name) {
    ServiceApp app =
        ServiceApp.apply(
            unit,
            "app-" + Long.toString(System.nanoTime(), 32),
            name,
            "测试应用",
            "https://app.example.gov.cn/",
            "public-key",
            "sm4-ref",
            DEVELOPER,
            AT);
    em.persist(app);
    em.flush();
    return app;
  }

  /** The app brought to {@code status} through its review. */
  public ServiceApp app(AccessUnit unit, String name, ReviewStatus status) {
    return review(app(unit, name), status);
  }

  /** The draft app brought to {@code status} through its review. */
  public ServiceApp review(ServiceApp app, ReviewStatus status) {
    for (ReviewAction action : path(status)) {
      app.perform(action, actor(action), reason(action), AT);
    }
    em.flush();
    return app;
  }

  public InterfaceGrant grant(RegisteredInterface registered, AccessUnit grantee) {
    InterfaceGrant grant =
        InterfaceGrant.grant(registered.getId(), registered.getUnit(), grantee, "admin", AT);
    em.persist(grant);
    em.flush();
    return grant;
  }

  public AppBinding bind(ServiceApp app, RegisteredInterface registered) {
    AppBinding binding = new AppBinding(app.getId(), registered.getId(), DEVELOPER, AT);
    em.persist(binding);
    em.flush();
    return binding;
  }

  /** The review actions from draft to {@code status}. */
  private static List<ReviewAction> path(ReviewStatus status) {
    return switch (status) {
      case DRAFT -> List.of();
      case SUBMITTED -> List.of(ReviewAction.SUBMIT);
      case APPROVED -> List.of(ReviewAction.SUBMIT, ReviewAction.APPROVE);
      case REJECTED -> List.of(ReviewAction.SUBMIT, ReviewAction.REJECT);
      case ONLINE -> List.of(ReviewAction.SUBMIT, ReviewAction.APPROVE, ReviewAction.ONLINE);
      case OFFLINE ->
          List.of(
              ReviewAction.SUBMIT, ReviewAction.APPROVE, ReviewAction.ONLINE, ReviewAction.OFFLINE);
    };
  }

  private static String actor(ReviewAction action) {
    return action == ReviewAction.SUBMIT ? DEVELOPER : REVIEWER;
  }

  private static String reason(ReviewAction action) {
    return action == ReviewAction.REJECT || action == ReviewAction.OFFLINE ? "测试原因" : null;
  }

  private static InterfaceDefinition definition(String name) {
    return InterfaceDefinition.checked(
        "全国公交查询",
        name,
        "https://bus.example.gov.cn/bus/line",
        HttpMethod.POST,
        InterfaceProtocol.HTTPS,
        ReturnFormat.JSON,
        "示例接口",
        "110000",
        "all",
        List.of(ParameterDefinition.of("city", true, ParameterType.STRING, "需要查询的城市")),
        List.of(ParameterDefinition.of("result_code", true, ParameterType.STRING, "结果状态码")),
        BundledDivisionTable.bundled());
  }
}
