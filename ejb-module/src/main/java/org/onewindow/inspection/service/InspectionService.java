package org.onewindow.inspection.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.logging.Logger;
import org.onewindow.common.Message;
import org.onewindow.common.Messages;
import org.onewindow.crypto.ResponseCode;
import org.onewindow.inspection.domain.InspectionOutcome;
import org.onewindow.inspection.domain.InspectionVerdict;
import org.onewindow.inspection.domain.PageRender;
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

  private static final Logger LOG = Logger.getLogger(InspectionService.class.getName());

  /**
   * Inspection calls in flight on this node at once, over every partition and run: no more than the
   * async client's connections to one route, so a call never queues for a pooled connection and the
   * time it takes is the upstream's, not the node's own queue (a slow verdict, 000 9.4.3 c, must
   * not be of our own making). A batch's calls beyond it start as earlier ones end, each by the
   * outbound timeout at the latest. Node-local by nature (it guards this node's client).
   */
  static final int IN_FLIGHT = 128;

  private static final Semaphore IN_FLIGHT_PERMITS = new Semaphore(IN_FLIGHT);

  @EJB private InspectionScheduleService schedules;

  @EJB private InspectionResults results;

  @EJB private OutboundCallService outbound;

  @Inject private BrowserPageCheck pages;

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

  /**
   * Reads what to call for a batch of claimed subjects in one transaction and starts every call
   * without waiting; the subjects that went offline since they were claimed are left out.
   */
  public List<InspectionCall> startAll(List<DueSubject> subjects) {
    List<InspectionTarget> targets = schedules.targets(subjects);
    List<InspectionCall> calls = new ArrayList<>(subjects.size());
    for (int i = 0; i < subjects.size(); i++) {
      InspectionTarget target = targets.get(i);
      if (target != null) {
        calls.add(
            new InspectionCall(
                subjects.get(i), target, target.request() == null ? null : call(target)));
      }
    }
    return calls;
  }

  /** Waits for the call's result, judges it and keeps the record, its alarms and next due time. */
  public InspectionRecordView finish(InspectionCall call) {
    return results.keep(judged(call));
  }

  /**
   * Waits for every call of a batch, judges them and keeps them in one transaction; if that
   * transaction fails (one subject's alarm raced another node's, say), each is kept alone, and one
   * that still fails is left out (its subject falls due again when its lease ends).
   */
  public List<InspectionRecordView> finishAll(List<InspectionCall> calls) {
    List<JudgedInspection> judged = calls.stream().map(this::judged).toList();
    if (judged.isEmpty()) {
      return List.of();
    }
    try {
      return results.keepAll(judged);
    } catch (EJBException batchFailed) {
      LOG.fine(() -> "inspection batch kept one by one: " + batchFailed);
      List<InspectionRecordView> kept = new ArrayList<>(judged.size());
      for (JudgedInspection one : judged) {
        try {
          kept.add(results.keep(one));
        } catch (EJBException failed) {
          LOG.warning("inspection of " + one.target().label() + " not kept: " + failed);
        }
      }
      return kept;
    }
  }

  private JudgedInspection judged(InspectionCall call) {
    // The result always comes, by the outbound timeout at the latest (UpstreamClient.callAsync).
    UpstreamResult result = call.result() == null ? null : call.result().join();
    boolean timedOut =
        result != null
            && (result.outcome() == UpstreamOutcome.CONNECT_TIMEOUT
                || result.outcome() == UpstreamOutcome.READ_TIMEOUT);
    InspectionVerdict verdict = verdict(call.target(), result);
    if (!call.target().page()) {
      return new JudgedInspection(call.subject(), call.target(), verdict, timedOut);
    }
    // 界面巡检 in a browser (003 6.7.3), here on the job's thread and outside any transaction; only
    // a page whose HTTP check passed is worth a browser (pages are few; one renders at a time).
    BrowserPageCheck.Rendered rendered =
        verdict.failed()
            ? new BrowserPageCheck.Rendered(
                PageRender.notAvailable(
                    Messages.text("inspection.browser.httpFailed", Messages.PLATFORM_LOCALE)),
                null)
            : pages.render(call.target());
    return new JudgedInspection(
        call.subject(),
        call.target(),
        verdict.rendered(rendered.render(), pages.heavyBytes()),
        timedOut,
        rendered.render(),
        rendered.screenshot());
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
    // Waits here, on the job's thread, while the node has its fill of calls in flight.
    IN_FLIGHT_PERMITS.acquireUninterruptibly();
    try {
      return outbound
          .client()
          .callAsync(target.request())
          .exceptionally(e -> notSent())
          .whenComplete((result, e) -> IN_FLIGHT_PERMITS.release());
    } catch (RuntimeException e) {
      IN_FLIGHT_PERMITS.release();
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
