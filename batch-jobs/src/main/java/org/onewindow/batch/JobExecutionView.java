package org.onewindow.batch;

import java.io.Serializable;
import java.time.Instant;

/**
 * One run of a job as the console and the API show it. Times are null while not yet known.
 *
 * @param node the node that ran or runs it (its lease); null for a run from before leases
 * @param lease where its lease stands ({@code RUNNING}, {@code ENDED}, {@code RECOVERED} …); null
 *     without one
 * @param restartedAs the run that continues it after its node was lost; null if none
 * @param itemsRead items its chunk steps read (this run only; a restart counts from its checkpoint)
 * @param itemsWritten items its chunk steps wrote
 * @param commits chunks committed
 * @param percent how far it has come (0 to 100, {@link Progress}), or null when unknown
 */
public record JobExecutionView(
    long executionId,
    String jobName,
    String status,
    String exitStatus,
    Instant startedAt,
    Instant endedAt,
    String node,
    String lease,
    Long restartedAs,
    long itemsRead,
    long itemsWritten,
    long commits,
    Integer percent)
    implements Serializable {}
