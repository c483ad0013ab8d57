package org.onewindow.inspection.service;

import java.io.Serializable;
import org.onewindow.inspection.domain.InspectionVerdict;
import org.onewindow.inspection.domain.PageRender;

/**
 * One inspection whose call has ended, judged, waiting to be kept.
 *
 * @param subject the claimed subject
 * @param target what was called
 * @param verdict how the answer was judged (before the slow threshold is weighed)
 * @param timedOut whether the call ran out of time (接口请求超时, 000 9.4.3 c)
 * @param render for a page, what the browser found (its screenshot already stored); else {@code
 *     null}
 * @param screenshot the stored screenshot's name, or {@code null}
 */
public record JudgedInspection(
    DueSubject subject,
    InspectionTarget target,
    InspectionVerdict verdict,
    boolean timedOut,
    PageRender render,
    String screenshot)
    implements Serializable {

  /** An interface's inspection, or a page's without a browser check. */
  public JudgedInspection(
      DueSubject subject, InspectionTarget target, InspectionVerdict verdict, boolean timedOut) {
    this(subject, target, verdict, timedOut, null, null);
  }
}
