package org.onewindow.ops.audit;

import java.time.Instant;

/** An audit record as callers see it (already masked). */
public record AuditRecordView(
    long sequence,
    Instant occurredAt,
    Instant recordedAt,
    String source,
    String type,
    String actor,
    String outcome,
    String detail,
    String digest)
    implements java.io.Serializable {}
