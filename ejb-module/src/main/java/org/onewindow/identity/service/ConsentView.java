package org.onewindow.identity.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A consent as the user centre lists it: the app, the fields agreed (claim names), when it was
 * given and, if revoked, when.
 */
public record ConsentView(
    String appKey,
    String appName,
    List<String> fields,
    Instant grantedAt,
    Instant revokedAt,
    boolean active)
    implements Serializable {}
