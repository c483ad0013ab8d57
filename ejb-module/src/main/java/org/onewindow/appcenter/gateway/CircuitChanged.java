package org.onewindow.appcenter.gateway;

/**
 * An interface's circuit opened ({@code open}) or closed again on this node (003 6.2.4 b 熔断): a CDI
 * event the gateway fires asynchronously, so whoever raises alarms on it (inspection, 000 8.2.3 c)
 * depends on the gateway and not the other way round.
 */
public record CircuitChanged(long interfaceId, boolean open) {}
