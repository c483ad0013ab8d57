/**
 * The batch runtime's side of the executions' leases (ejb-module {@code ops.batch}): every job XML
 * names {@link org.onewindow.batch.lease.ExecutionLeaseListener} (the lease taken at the start and
 * ended at the end) and every chunk step {@link org.onewindow.batch.lease.ChunkLeaseFence} (renewed
 * inside each chunk's transaction); {@link org.onewindow.batch.lease.NodeLossRecovery} renews this
 * node's leases and recovers the executions of lost nodes.
 */
package org.onewindow.batch.lease;
