package org.onewindow.inspection.service;

import java.util.List;
import org.onewindow.appcenter.domain.ReturnFormat;
import org.onewindow.inspection.domain.InspectionCheck;
import org.onewindow.inspection.domain.InspectionRequest;
import org.onewindow.outbound.UpstreamRequest;
import org.onewindow.review.SubjectKind;

/**
 * What one inspection calls, read in a transaction so that the outbound call needs none.
 *
 * @param subjectKind what it is, as the registry knows it
 * @param subjectId its id
 * @param label how alarms and the audit name it: 「接口 #12 全国线路查询」, 「应用 app-… 公交出行 的页面」
 * @param check what is checked: {@link InspectionCheck#PAGE} for a page, else an interface call
 *     (judged as reachability only when the plan is incomplete)
 * @param request the request to send, or {@code null} when the address is not a URI
 * @param plan for an interface, the values found and the required ones missing; else {@code null}
 * @param returnFormat for an interface, how it answers; else {@code null}
 * @param boundApps the apps an alarm goes to: those bound to the interface, or the app itself
 */
public record InspectionTarget(
    SubjectKind subjectKind,
    long subjectId,
    String label,
    InspectionCheck check,
    UpstreamRequest request,
    InspectionRequest plan,
    ReturnFormat returnFormat,
    List<Long> boundApps) {

  /** Whether the subject is a page (界面巡检) rather than an interface (接口巡检). */
  public boolean page() {
    return check == InspectionCheck.PAGE;
  }
}
