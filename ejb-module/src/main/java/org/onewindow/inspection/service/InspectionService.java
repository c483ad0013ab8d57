package org.onewindow.inspection.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Map;
import java.util.Optional;
import org.onewindow.appcenter.domain.SubjectType;
import org.onewindow.appcenter.infrastructure.OutboundRefusedException;
import org.onewindow.appcenter.infrastructure.UpstreamOutcome;
import org.onewindow.appcenter.infrastructure.UpstreamResult;
import org.onewindow.appcenter.service.OutboundCalls;
import org.onewindow.crypto.ResponseCode;
import org.onewindow.inspection.domain.InspectionCheck;
import org.onewindow.inspection.domain.InspectionOutcome;
import org.onewindow.inspection.domain.InspectionVerdict;

/**
 * Inspects one claimed subject (000 8.2.3 c 接口巡检、界面巡检): reads what to call, calls it through the
 * node's guarded outbound client (the address guard first, no redirects, bounded time and size —
 * the test panel's path), judges the answer and hands the verdict over to be kept. Without a
 * transaction of its own: no database connection is held while the far side takes its time.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InspectionService {

  @EJB private InspectionScheduleService schedules;

  @EJB private InspectionResults results;

  @EJB private OutboundCalls outbound;

  /** The record kept, or empty when the subject went offline since it was claimed. */
  public Optional<InspectionRecordView> inspect(DueSubject subject) {
    InspectionTarget target = schedules.target(subject);
    if (target == null) {
      return Optional.empty();
    }
    InspectionVerdict verdict = verdict(target);
    return Optional.of(results.keep(subject, target, verdict));
  }

  private InspectionVerdict verdict(InspectionTarget target) {
    if (target.request() == null) {
      return new InspectionVerdict(
          target.subjectType() == SubjectType.APP
              ? InspectionCheck.PAGE
              : InspectionCheck.INTERFACE_CALL,
          InspectionOutcome.FAILED,
          0,
          0,
          OutboundRefusedException.Reason.INVALID_ADDRESS.message());
    }
    UpstreamResult result = call(target);
    if (target.subjectType() == SubjectType.APP) {
      return InspectionVerdict.ofPage(result);
    }
    return target.plan().complete()
        ? InspectionVerdict.ofCall(result, target.returnFormat())
        : InspectionVerdict.ofReachability(result, String.join("、", target.plan().unfilled()));
  }

  private UpstreamResult call(InspectionTarget target) {
    try {
      return outbound.client().call(target.request());
    } catch (RuntimeException e) {
      // The client reports what the far side does; anything else is ours, kept short.
      return new UpstreamResult(
          UpstreamOutcome.IO_FAILED,
          0,
          0,
          Map.of(),
          "",
          ResponseCode.THIRD_PARTY_FAILED,
          "巡检请求未能发出",
          null);
    }
  }
}
