package org.onewindow.inspection.service;

import java.io.Serializable;
import org.onewindow.inspection.domain.InspectionVerdict;

/**
 * One inspection whose call has ended, judged, waiting to be kept.
 *
 * @param subject the claimed subject
 * @param target what was called
 * @param verdict how the answer was judged (before the slow threshold is weighed)
 * @param timedOut whether the call ran out of time (接口请求超时, 000 9.4.3 c)
 */
public record JudgedInspection(
    DueSubject subject, InspectionTarget target, InspectionVerdict verdict, boolean timedOut)
    implements Serializable {}
