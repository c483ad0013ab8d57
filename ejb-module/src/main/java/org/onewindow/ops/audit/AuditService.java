package org.onewindow.ops.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

/**
 * Hands an event to the audit trail's queue. In a transaction of its own, so that a rejection the
 * caller then rolls back is still recorded (a refused logout token, a failed login).
 */
@Stateless
@PermitAll
public class AuditService {

  @Inject private JMSContext jms;

  @Resource(lookup = "java:/jms/queue/onewindow/audit")
  private Queue queue;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(AuditEvent event) {
    jms.createProducer().send(queue, event.toJson());
  }

  /**
   * Hands an event over in the caller's transaction: it reaches the trail only if the caller's work
   * commits (the identity-events intake keeps a receipt and its line together).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void recordInCallersTransaction(AuditEvent event) {
    jms.createProducer().send(queue, event.toJson());
  }
}
