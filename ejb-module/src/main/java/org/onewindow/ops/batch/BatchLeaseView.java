package org.onewindow.ops.batch;

import java.io.Serializable;
import java.time.Instant;

/**
 * A lease as the console and the API show it.
 *
 * @param node the node that ran (or runs) the execution
 * @param state where the lease stands
 * @param heartbeatAt the holder's last renewal (or the recovery's claim)
 * @param recoveredBy the node that recovered it, once orphaned; null before
 * @param restartedAs the execution that continues it after a node loss; null if none
 */
public record BatchLeaseView(
    long executionId,
    String jobName,
    String node,
    BatchLeaseState state,
    Instant heartbeatAt,
    String recoveredBy,
    Long restartedAs)
    implements Serializable {}
