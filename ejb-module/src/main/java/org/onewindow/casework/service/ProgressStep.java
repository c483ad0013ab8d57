package org.onewindow.casework.service;

import java.io.Serializable;
import java.time.Instant;
import org.onewindow.casework.domain.OnlineCaseState;

/**
 * One step of an online case's progress (001 7.3 办件进度): the state it reached, when, and the
 * department's note (a correction's reason, a document number, a delivery note), if any.
 */
public record ProgressStep(OnlineCaseState state, Instant at, String note)
    implements Serializable {}
