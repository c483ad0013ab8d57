package org.onewindow.inspection.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.onewindow.common.Message;
import org.onewindow.crypto.ResponseCode;
import org.onewindow.inspection.domain.InspectionOutcome;
import org.onewindow.inspection.domain.InspectionVerdict;
import org.onewindow.outbound.OutboundCallService;
import org.onewindow.outbound.OutboundRefusedException;
import org.onewindow.outbound.UpstreamOutcome;
import org.onewindow.outbound.UpstreamResult;

/**
 * Inspects one claimed subject (000 8.2.3 c 接口巡检、界面巡检): reads what to call, calls it through the
 * node's guarded outbound client (the address guard first, no redirects, bounded time and size —
 * the test panel's path), judges the answer and hands the verdict over to be kept. Without a
 * transaction of its own: no database connection is held while the far side takes its time.
 *
 * <p>The call runs on the outbound client's async side: {@link #start} returns as soon as it is
 * sent, so the job keeps many subjects in flight without a thread each, and {@link #finish} (in the
 * job's thread) waits for the answer — at most the outbound timeout — and keeps the record.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InspectionService {

  @EJB private InspectionScheduleService schedules;

  @EJB private InspectionResults results;

  @EJB private OutboundCallService outbound;

  /** The record kept, or empty when the subject went offline since it was claimed. */
  public Optional<InspectionRecordView> inspect(DueSubject subject) {
    return start(subject).map(this::finish);
  }

  /**
   * Reads what to call and starts the call without waiting for it; empty when the subject went
   * offline since it was claimed.
   */
  public Optional<InspectionCall> start(DueSubject subject) {
    InspectionTarget target = schedules.target(subject);
    if (target == null) {
      return Optional.empty();
    }
    return Optional.of(
        new InspectionCall(subject, target, target.request() == null ? null : call(target)));
  }

  /** Waits for the call's result, judges it and keeps the record, its alarms and next due time. */
  public InspectionRecordView finish(InspectionCall call) {
    // The result always comes, by the outbound timeout at the latest (UpstreamClient.callAsync).
    UpstreamResult result = call.result() == null ? null : call.result().join();
    return results.keep(call.subject(), call.target(), verdict(call.target(), result));
  }

  private static InspectionVerdict verdict(InspectionTarget target, UpstreamResult result) {
    if (result == null) {
      return new InspectionVerdict(
          target.check(),
          InspectionOutcome.FAILED,
          0,
          0,
          OutboundRefusedException.Reason.INVALID_ADDRESS.message());
    }
    if (target.page()) {
      return InspectionVerdict.ofPage(result);
    }
    return target.plan().complete()
        ? InspectionVerdict.ofCall(result, target.returnFormat())
        : InspectionVerdict.ofReachability(result, String.join("、", target.plan().unfilled()));
  }

  private CompletableFuture<UpstreamResult> call(InspectionTarget target) {
    try {
      return outbound.client().callAsync(target.request()).exceptionally(e -> notSent());
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(notSent());
    }
  }

  /** The client reports what the far side does; anything else is ours, kept short. */
  private static UpstreamResult notSent() {
    return new UpstreamResult(
        UpstreamOutcome.IO_FAILED,
        0,
        0,
        Map.of(),
        "",
        ResponseCode.THIRD_PARTY_FAILED,
        Message.of("inspection.verdict.notSent"),
        null);
  }
}
