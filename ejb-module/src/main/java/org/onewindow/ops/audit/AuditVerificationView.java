package org.onewindow.ops.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * How far the audit chain is verified.
 *
 * @param verifiedThrough the last record found linked and intact (0: none yet)
 * @param verifiedCount how many records the verification job has checked in all; equal to {@code
 *     verifiedThrough} while no record was ever checked twice
 * @param brokenAt the first record that does not follow, or null
 * @param checkedAt when the job last moved it, or null
 */
public record AuditVerificationView(
    long verifiedThrough, long verifiedCount, Long brokenAt, Instant checkedAt)
    implements Serializable {}
