/**
 * Leases of running batch executions (issue 17 item 2): which node and which start of its JVM runs
 * each execution, renewed in every chunk's transaction and by a timer. A lease whose holder stopped
 * renewing it (the node died, or is cut off) is orphaned; a survivor marks the execution failed in
 * the job repository and, for a job that allows it, restarts it from its last checkpoint. The
 * renewal inside the chunk's own transaction is the fence: a holder that comes back after its lease
 * was taken cannot commit another chunk, so no item is written twice.
 *
 * <p>Why not JBeret's own restart mode {@code detect}: it takes any execution not loaded in the
 * local JVM for crashed, so in a cluster it would run a job a second time while another node still
 * runs it (DESIGN.md section 7, ADR 0011).
 */
package org.onewindow.ops.batch;
