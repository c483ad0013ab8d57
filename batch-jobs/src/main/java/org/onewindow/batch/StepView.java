package org.onewindow.batch;

import java.io.Serializable;
import java.time.Instant;

/**
 * One step of an execution with its counts (Jakarta Batch's step metrics; a restarted execution
 * counts from its checkpoint).
 *
 * @param read items read
 * @param written items written
 * @param filtered items the processor filtered out
 * @param skipped items skipped in reading, processing and writing together
 * @param readSkips items skipped while reading
 * @param processSkips items skipped while processing
 * @param writeSkips items skipped while writing
 * @param retries chunks rolled back (each retried, or its items skipped)
 * @param commits chunks committed
 * @param expected what the step said it expects when it opened, or null
 * @param percent its progress (0 to 100), or null when unknown
 */
public record StepView(
    long stepExecutionId,
    String step,
    String status,
    String exitStatus,
    Instant startedAt,
    Instant endedAt,
    long read,
    long written,
    long filtered,
    long skipped,
    long readSkips,
    long processSkips,
    long writeSkips,
    long retries,
    long commits,
    Long expected,
    Integer percent)
    implements Serializable {}
