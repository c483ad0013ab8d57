package org.onewindow.batch;

import java.io.Serializable;
import java.time.Instant;

/** One run of a job as the console shows it. Times are null while not yet known. */
public record JobExecutionView(
    long executionId,
    String jobName,
    String status,
    String exitStatus,
    Instant startedAt,
    Instant endedAt)
    implements Serializable {}
