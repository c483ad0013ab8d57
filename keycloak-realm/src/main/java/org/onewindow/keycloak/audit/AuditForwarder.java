package org.onewindow.keycloak.audit;

import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.admin.AdminEvent;

/**
 * Hands each event of the realm to the {@link AuditOutbox}; the request goes on at once. An event
 * of a transaction that then rolls back is forwarded too: the attempt happened, and an audit trail
 * had rather hold one line too many than one too few.
 */
final class AuditForwarder implements EventListenerProvider {

  private final AuditOutbox outbox;

  AuditForwarder(AuditOutbox outbox) {
    this.outbox = outbox;
  }

  @Override
  public void onEvent(Event event) {
    outbox.offer(ForwardedEvents.of(event));
  }

  @Override
  public void onEvent(AdminEvent event, boolean includeRepresentation) {
    outbox.offer(ForwardedEvents.of(event));
  }

  @Override
  public void close() {}
}
