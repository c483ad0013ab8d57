package org.onewindow.appcenter.gateway;

/**
 * Told when an interface's circuit opens or closes again (000 8.2.3 c: the platform raises an alarm
 * on the apps bound to it). Called on the gateway call's thread: an implementation must not block.
 */
@FunctionalInterface
public interface CircuitListener {

  /** Listens to nothing. */
  CircuitListener NONE = (interfaceId, open) -> {};

  void circuitChanged(long interfaceId, boolean open);
}
