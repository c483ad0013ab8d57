package org.onewindow.web.api.openapi;

import java.util.List;

/**
 * The shapes of the few answers a resource builds as a map rather than a view, named for the
 * OpenAPI document only; the resources' maps have exactly these members (OpenApiIT reads them).
 */
public final class Payloads {

  private Payloads() {}

  /**
   * {@code GET /health}: UP or DOWN, overall and for the database; the answering node's name
   * ({@code jboss.node.name}) and whether the inspection schedule runs there ({@code primary}) or
   * waits to take over ({@code standby}); the node's build ({@code version+yyyyMMddHHmmss}) and how
   * it compares with the other live members ({@code consistent}, {@code configuration-differs}, or
   * {@code stale}: an older build, DOWN until redeployed), with the differing nodes in {@code
   * differsFrom}.
   */
  public record HealthStatus(
      String status,
      String database,
      String node,
      String inspectionScheduler,
      String build,
      String cluster,
      String differsFrom) {}

  /** {@code GET /health/cluster}: the answering node, whether all agree, and every live member. */
  public record ClusterStatus(String node, boolean consistent, List<ClusterMember> members) {}

  /** A live member: its build, its configuration digest's first characters, its last renewal. */
  public record ClusterMember(
      String node, String build, String configuration, long sinceRenewalSeconds) {}

  /** {@code POST /inspections}: the id of the inspection job's execution. */
  public record ExecutionStarted(long executionId) {}

  /** {@code GET /jobs/executions}: one page of the executions and how many the filters admit. */
  public record ExecutionPage(List<org.onewindow.batch.JobExecutionView> rows, long total) {}

  /** {@code GET /jobs/executions/{id}/rejections}: one page of an execution's rejected records. */
  public record RejectionPage(List<org.onewindow.ops.batch.BatchRejectionView> rows, long total) {}

  /** {@code POST /identity-events}: how many of the batch's events were new. */
  public record EventsAccepted(int accepted) {}
}
