package org.onewindow.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dependencies across a capability's line that today's code still has, each with the work of issue
 * 15 that removes it. Listed by origin and target class: a new class, or a new target of a listed
 * class, breaks the build, so the rules hold for everything new. Shrink this list; never grow it.
 */
final class KnownViolations {

  private static final Map<String, Set<String>> ALLOWED = new HashMap<>();

  /** Session beans called across a line that are not named {@code *Service} yet. */
  static final Set<String> UNNAMED_SERVICES =
      Set.of(
          // issue 15 items 1 and 7 (branch h-outbound): outbound calls move to
          // org.onewindow.outbound
          "org.onewindow.appcenter.service.OutboundCalls");

  static {
    // Issue 15 item 2 (branch h-review): subject kinds move from appcenter to the review
    // registry in org.onewindow.review, a kernel package every capability may use.
    allow(
        List.of(
            "batch.inspection.InspectionRunService",
            "inspection.domain.AutomaticAlarm",
            "inspection.domain.InspectionRecord",
            "inspection.domain.InspectionSchedule",
            "inspection.repository.InspectionRecordRepository",
            "inspection.repository.InspectionScheduleRepository",
            "inspection.service.AutomaticAlarms",
            "inspection.service.CircuitAlarms",
            "inspection.service.DueSubject",
            "inspection.service.InspectionHistoryService",
            "inspection.service.InspectionRecordView",
            "inspection.service.InspectionResults",
            "inspection.service.InspectionScheduleService",
            "inspection.service.InspectionService",
            "inspection.service.InspectionTarget"),
        "appcenter.domain.SubjectType");

    // Issue 15 item 2 (branch h-review): inspection reads the subjects it calls (address,
    // method, parameters, expected format) through the review registry instead of appcenter's
    // entities and interface definitions.
    allow(
        List.of("inspection.service.InspectionScheduleService"),
        "appcenter.domain.RegisteredInterface",
        "appcenter.domain.ServiceApp",
        "appcenter.domain.Review",
        "appcenter.domain.HttpMethod");
    allow(List.of("inspection.domain.InspectionRequest"), "appcenter.domain.ParameterDefinition");
    allow(
        List.of("inspection.domain.InspectionVerdict", "inspection.service.InspectionTarget"),
        "appcenter.domain.ReturnFormat",
        "appcenter.infrastructure.ProcessResponseCheck");

    // Issue 15 items 1 and 7 (branch h-outbound): the upstream request, result and client move
    // to org.onewindow.outbound, a kernel package.
    allow(
        List.of(
            "inspection.domain.InspectionVerdict",
            "inspection.service.InspectionScheduleService",
            "inspection.service.InspectionService",
            "inspection.service.InspectionTarget"),
        "appcenter.infrastructure.UpstreamRequest",
        "appcenter.infrastructure.UpstreamResult",
        "appcenter.infrastructure.UpstreamOutcome",
        "appcenter.infrastructure.UpstreamClient",
        "appcenter.infrastructure.OutboundRefusedException",
        "appcenter.infrastructure.BodyEncoding");
  }

  private KnownViolations() {}

  private static void allow(List<String> origins, String... targets) {
    for (String origin : origins) {
      ALLOWED.computeIfAbsent(origin, o -> new HashSet<>()).addAll(List.of(targets));
    }
  }

  static boolean allows(JavaClass origin, JavaClass target) {
    return ALLOWED.getOrDefault(topLevel(origin), Set.of()).contains(topLevel(target));
  }

  /** A nested or anonymous class counts as its top-level class. */
  private static String topLevel(JavaClass type) {
    String name = type.getName().replace("org.onewindow.", "");
    int nested = name.indexOf('$');
    return nested < 0 ? name : name.substring(0, nested);
  }
}
