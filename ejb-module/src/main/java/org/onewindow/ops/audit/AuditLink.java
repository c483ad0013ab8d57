package org.onewindow.ops.audit;

import java.io.Serializable;

/**
 * One record of the audit chain as its verification reads it.
 *
 * @param sequence its position
 * @param previousDigest the digest it says precedes it
 * @param digest its stored digest
 * @param digestHolds whether its fields still give its stored digest
 */
public record AuditLink(long sequence, String previousDigest, String digest, boolean digestHolds)
    implements Serializable {}
