package org.onewindow.appcenter.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.onewindow.appcenter.domain.AccessUnit;
import org.onewindow.appcenter.domain.InterfaceDefinition;
import org.onewindow.appcenter.domain.InterfaceProtocol;
import org.onewindow.appcenter.domain.ParameterDefinition;
import org.onewindow.appcenter.domain.ParameterType;
import org.onewindow.appcenter.domain.PlatformSigningKey;
import org.onewindow.appcenter.domain.RegisteredInterface;
import org.onewindow.appcenter.domain.ReturnFormat;
import org.onewindow.appcenter.domain.ServiceApp;
import org.onewindow.common.Roles;
import org.onewindow.outbound.HttpMethod;
import org.onewindow.review.Ids;
import org.onewindow.review.InMemoryHistory;
import org.onewindow.review.RecordingAudit;
import org.onewindow.review.ReviewCaller;
import org.onewindow.review.ReviewTransition;
import org.onewindow.review.ReviewWorkflow;

/**
 * The application centre's two kinds on the review workflow without a server: the kinds' own rules
 * run as in production; only what they read from the database (a functional test record, halls) and
 * what they do to other systems afterwards (realm client, gateway cache) are stand-ins.
 */
final class ReviewFixtures {

  static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

  static final ReviewCaller DEVELOPER = ReviewCaller.withRoles("王建国", Roles.UNIT_DEVELOPER);
  static final ReviewCaller SYSTEM = ReviewCaller.withRoles("svc-bus", Roles.API_CLIENT);
  static final ReviewCaller REVIEWER = ReviewCaller.withRoles("张伟", Roles.APP_REVIEWER);
  static final ReviewCaller OTHER_REVIEWER = ReviewCaller.withRoles("李娜", Roles.APP_REVIEWER);
  static final ReviewCaller ADMIN = ReviewCaller.withRoles("admin", Roles.PLATFORM_ADMIN);

  final InMemoryHistory history = new InMemoryHistory();
  final RecordingAudit audit = new RecordingAudit();
  final ReviewWorkflow workflow =
      new ReviewWorkflow(history, audit, Clock.fixed(NOW, ZoneOffset.UTC));
  final TestApps apps = new TestApps();
  final TestInterfaces interfaces = new TestInterfaces();

  static AccessUnit unit() {
    return AccessUnit.register("北京市交通委员会", "110000", "admin", NOW);
  }

  /** A draft app, id 7, applied for by {@code author}. */
  ServiceApp app(String author) {
    ServiceApp app =
        ServiceApp.apply(
            unit(),
            "app-abcdefghijkl",
            "公交出行",
            "",
            "https://bus.example.gov.cn",
            "pem",
            "ref",
            author,
            NOW);
    Ids.assign(app, 7L);
    workflow.registered(apps, app);
    return app;
  }

  /** A draft interface, id 12, registered by {@code author}. */
  RegisteredInterface registeredInterface(String author) {
    RegisteredInterface registered =
        RegisteredInterface.register(
            unit(),
            busLine("https://bus.example.gov.cn/bus/line"),
            new PlatformSigningKey("ref", "pem"),
            author,
            NOW);
    Ids.assign(registered, 12L);
    workflow.registered(interfaces, registered);
    return registered;
  }

  /** 000 9.4.3 图4: 全国线路查询. */
  static InterfaceDefinition busLine(String address) {
    return InterfaceDefinition.checked(
        "全国公交查询",
        "全国线路查询",
        address,
        HttpMethod.POST,
        InterfaceProtocol.HTTPS,
        ReturnFormat.JSON,
        "示例接口",
        "110000",
        "all",
        List.of(ParameterDefinition.of("city", true, ParameterType.STRING, "城市，如：北京")),
        List.of(ParameterDefinition.of("result_code", true, ParameterType.STRING, "结果状态码")),
        code -> Optional.ofNullable(Map.of("110000", "北京市").get(code)));
  }

  /** Apps' rules as in production; test records and halls as the test sets them. */
  static final class TestApps extends AppReviewKind {

    final Set<Integer> testedRevisions = new HashSet<>();
    boolean halls;
    final List<String> effects = new ArrayList<>();

    @Override
    protected boolean functionalTestRecorded(ServiceApp app) {
      return testedRevisions.contains(app.getReview().revision());
    }

    @Override
    protected boolean published(ServiceApp app) {
      return halls;
    }

    @Override
    public void afterMove(ServiceApp app, ReviewTransition transition) {
      effects.add(transition.getAction().name());
    }
  }

  /** Interfaces' rules as in production; the gateway's cache is not there to drop. */
  static final class TestInterfaces extends InterfaceReviewKind {

    final List<String> effects = new ArrayList<>();

    @Override
    public void afterMove(RegisteredInterface registered, ReviewTransition transition) {
      effects.add(transition.getAction().name());
    }
  }
}
