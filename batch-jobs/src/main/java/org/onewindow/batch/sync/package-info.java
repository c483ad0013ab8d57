/**
 * The sync jobs (issue 19 item 3; 004 7; 002 6.2): {@code catalogue-inbound} and {@code
 * case-inbound} take records from the exchange area (batch files with manifests, or the staging
 * table) into the platform through the capabilities' upserts; {@code exchange-outbound} writes the
 * platform's feeds to the exchange area for a government website's collector; {@code upward-report}
 * reports them to the upper platform. Each is a checkpointed chunk job (ADR 0011: lease, fence):
 * what a chunk reads, writes, rejects and how far a cursor moves commit together, so a restart
 * after a crash resumes exactly. Formats: docs/wire-formats.md §8.
 */
package org.onewindow.batch.sync;
