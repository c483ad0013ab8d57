package org.onewindow.ops.batch;

import java.io.Serializable;
import java.time.Instant;

/** One rejected record as the console and the API show it. */
public record BatchRejectionView(
    long id,
    long executionId,
    String jobName,
    String step,
    String recordKey,
    String reason,
    String excerpt,
    Instant at)
    implements Serializable {}
