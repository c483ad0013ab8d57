package org.onewindow.ops.audit;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Logger;

/**
 * Appends each event of the audit queue to the trail. The delivery and the append share one
 * transaction: an event leaves the queue only once it is in the table.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:/jms/queue/onewindow/audit"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      // One consumer per node keeps appends in arrival order; the chain lock orders the nodes.
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
    })
public class AuditConsumer implements MessageListener {

  private static final Logger LOG = Logger.getLogger(AuditConsumer.class.getName());

  @EJB private AuditTrailService trail;

  @Override
  public void onMessage(Message message) {
    try {
      if (message instanceof TextMessage text) {
        trail.append(AuditEvent.fromJson(text.getText()));
      } else {
        LOG.warning("audit: ignoring a message that is not text: " + message.getJMSMessageID());
      }
    } catch (JMSException e) {
      throw new IllegalStateException("audit: cannot read message", e);
    }
  }
}
