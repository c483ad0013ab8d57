/**
 * The {@code audit-chain-verification} job (002 6.7: the audit trail kept whole and checked): a
 * chunk job that reads the chain's links after the point verified so far and advances that point in
 * each chunk's transaction, together with its checkpoint — so a run restarted after a crash, on
 * this node or a survivor, checks every record exactly once.
 */
package org.onewindow.batch.audit;
