package org.onewindow.inspection.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.ObservesAsync;
import java.util.List;
import java.util.logging.Logger;
import org.onewindow.appcenter.gateway.CircuitChanged;
import org.onewindow.appcenter.service.SubjectWatchService;
import org.onewindow.appcenter.service.WatchedInterface;
import org.onewindow.common.Messages;
import org.onewindow.inspection.domain.AlarmCause;

/**
 * Alarms for the gateway's circuits (003 6.2.4 b 熔断; 000 8.2.3 c 问题告警): when an interface's circuit
 * opens, each app bound to it gets an automatic alarm of cause {@link AlarmCause#CIRCUIT_OPEN},
 * deduplicated like the inspection's; when it closes again, the alarm is cleared. Asynchronous (the
 * gateway's {@link CircuitChanged} event), so the gateway call that tripped the circuit never waits
 * on the database. The circuits are per node: two nodes may report the same opening, and the open
 * alarm's unique key lets only one alarm exist (the loser's transaction fails and is ignored here).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CircuitAlarms {

  private static final Logger LOG = Logger.getLogger(CircuitAlarms.class.getName());

  @EJB private SubjectWatchService subjects;

  @EJB private AutomaticAlarms alarms;

  /**
   * The gateway's circuit for the interface opened or closed again; delivered asynchronously by CDI
   * ({@link ObservesAsync}), never on the gateway call's thread.
   */
  public void circuitChanged(@ObservesAsync CircuitChanged change) {
    long interfaceId = change.interfaceId();
    boolean open = change.open();
    WatchedInterface watched = subjects.watchedInterface(interfaceId).orElse(null);
    if (watched == null) {
      return;
    }
    String detail =
        Messages.text(
            open ? "inspection.circuit.opened" : "inspection.circuit.closed",
            Messages.PLATFORM_LOCALE,
            interfaceId,
            watched.name());
    for (Long app : watched.boundApps()) {
      try {
        alarms.applyAlone(
            List.of(app),
            SubjectWatchService.INTERFACE,
            interfaceId,
            AlarmCause.CIRCUIT_OPEN,
            open,
            detail);
      } catch (EJBException e) {
        LOG.fine(() -> "circuit alarm for app " + app + " kept by another node: " + e);
      }
    }
  }
}
