package org.onewindow.inspection.service;

import java.util.concurrent.CompletableFuture;
import org.onewindow.outbound.UpstreamResult;

/**
 * One inspection under way: what was claimed, what is called, and the call's result to come.
 *
 * @param subject the claimed subject
 * @param target what is called, read in its own transaction
 * @param result the outbound call, in flight on the async client; {@code null} when there is
 *     nothing to call (the address is not a URI)
 */
public record InspectionCall(
    DueSubject subject, InspectionTarget target, CompletableFuture<UpstreamResult> result) {}
