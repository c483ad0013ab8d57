package org.onewindow.batch;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.onewindow.common.InvalidInputException;

/**
 * The jobs an administrator may start, and the parameters each accepts. Anything else is refused:
 * deny by default, so a crafted request cannot start a job XML that happens to be on the class path
 * or hand a job a parameter it never declared.
 */
public enum BatchJob {
  ACCESS_UNIT_CENSUS("access-unit-census", AfterNodeLoss.RESTART, true, Map.of()),
  /**
   * Interface and UI inspection with automatic alarms (000 8.2.3 c; 003 6.7.3). Not restarted after
   * a node loss: its schedule rows are its memory, and the next tick inspects what is due.
   */
  INTERFACE_INSPECTION(
      "interface-inspection",
      AfterNodeLoss.MARK_FAILED,
      false,
      // Partitions of the due subjects (subject id modulo the count), each on a batch thread; the
      // batch pool (batch.cli) has room for several runs' worth.
      Map.of("partitions", new Bounds(1, 8))),
  /** The audit chain verified incrementally (002 6.7), chunk by chunk, from where it stands. */
  AUDIT_CHAIN_VERIFICATION(
      "audit-chain-verification",
      AfterNodeLoss.RESTART,
      true,
      Map.of(
          "chunkSize", new Bounds(1, 5_000),
          // 0: as fast as the database answers; a figure spreads a long verification over office
          // hours.
          "recordsPerSecond", new Bounds(0, 1_000_000),
          // The last record to verify (default: whatever the chain holds when the run reads on).
          "upTo", new Bounds(1, Long.MAX_VALUE))),
  /** The basic catalogue from the upper platform's exchange area (002 6.2 a; job XML). */
  CATALOGUE_INBOUND("catalogue-inbound", AfterNodeLoss.RESTART, true, Inbound.PARAMETERS),
  /** Cases from departments' business systems through the exchange area (004 7; job XML). */
  CASE_INBOUND("case-inbound", AfterNodeLoss.RESTART, true, Inbound.PARAMETERS),
  /** The platform's feeds to the exchange area for a website's collector (004 7.1–7.3). */
  EXCHANGE_OUTBOUND(
      "exchange-outbound", AfterNodeLoss.RESTART, true, Map.of("batchSize", new Bounds(1, 50_000))),
  /** 上报 to the upper platform (002 6.2 b–d); a batch is one signed call. */
  UPWARD_REPORT(
      "upward-report", AfterNodeLoss.RESTART, true, Map.of("batchSize", new Bounds(1, 1_000)));

  /** The inbound jobs' parameters (their job XML says what each means). */
  private static final class Inbound {
    static final Map<String, Bounds> PARAMETERS =
        Map.of(
            "chunkSize", new Bounds(1, 5_000),
            "recordsPerSecond", new Bounds(0, 1_000_000),
            // The window on the records' updated_at, epoch seconds: [since, until).
            "since", new Bounds(0, 32_503_680_000L),
            "until", new Bounds(0, 32_503_680_000L),
            "staging", new Bounds(0, 1),
            "skipLimit", new Bounds(0, 10_000_000));
  }

  /** What a survivor does with an execution of this job whose node was lost. */
  public enum AfterNodeLoss {
    /** Marks it failed and restarts it from its last checkpoint. */
    RESTART,
    /** Marks it failed only. */
    MARK_FAILED
  }

  /** The values a whole-number parameter may take. */
  record Bounds(long min, long max) {}

  private final String jobName;
  private final AfterNodeLoss afterNodeLoss;
  private final boolean oneAtATime;
  private final Map<String, Bounds> parameters;

  /**
   * @param oneAtATime whether a start is refused while a run is going on anywhere in the cluster
   *     (the inspection is not: a run for one subject may start beside the run of what is due, the
   *     schedule claims keep them apart)
   */
  BatchJob(
      String jobName,
      AfterNodeLoss afterNodeLoss,
      boolean oneAtATime,
      Map<String, Bounds> parameters) {
    this.jobName = jobName;
    this.afterNodeLoss = afterNodeLoss;
    this.oneAtATime = oneAtATime;
    this.parameters = parameters;
  }

  public boolean oneAtATime() {
    return oneAtATime;
  }

  /** The job id of the job XML. */
  public String jobName() {
    return jobName;
  }

  public AfterNodeLoss afterNodeLoss() {
    return afterNodeLoss;
  }

  /**
   * The job parameters for a start, checked against what this job declares.
   *
   * @throws InvalidInputException naming the first undeclared or out-of-bounds parameter
   */
  public Properties parameters(Map<String, String> given) {
    Properties checked = new Properties();
    for (Map.Entry<String, String> entry : given.entrySet()) {
      Bounds bounds = parameters.get(entry.getKey());
      if (bounds == null) {
        throw InvalidInputException.keyed(entry.getKey(), "ops.job.parameterUnknown", jobName);
      }
      long value;
      try {
        value = Long.parseLong(entry.getValue() == null ? "" : entry.getValue().strip());
      } catch (NumberFormatException e) {
        throw outOfBounds(entry.getKey(), bounds);
      }
      if (value < bounds.min() || value > bounds.max()) {
        throw outOfBounds(entry.getKey(), bounds);
      }
      checked.setProperty(entry.getKey(), Long.toString(value));
    }
    return checked;
  }

  private static InvalidInputException outOfBounds(String name, Bounds bounds) {
    return InvalidInputException.keyed(
        name, "ops.job.parameterOutOfBounds", bounds.min(), bounds.max());
  }

  /**
   * The values {@code name} accepts as the console's hint: {@code min–max}, or {@code ≥ min} when
   * there is no practical ceiling; empty for a parameter the job does not declare.
   */
  public String parameterRange(String name) {
    Bounds bounds = parameters.get(name);
    if (bounds == null) {
      return "";
    }
    return bounds.max() == Long.MAX_VALUE
        ? "\u2265 " + bounds.min()
        : bounds.min() + "\u2013" + bounds.max();
  }

  /** The names of the parameters the job declares, sorted (the console's start form). */
  public List<String> parameterNames() {
    return parameters.keySet().stream().sorted().toList();
  }

  public static Optional<BatchJob> byJobName(String jobName) {
    return Arrays.stream(values()).filter(job -> job.jobName.equals(jobName)).findFirst();
  }
}
