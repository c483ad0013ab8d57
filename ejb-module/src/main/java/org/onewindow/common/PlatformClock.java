package org.onewindow.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock of the platform, for every service that needs the time: inject {@code Clock}
 * instead of calling {@code Clock.systemUTC()} or {@code Instant.now()}, so a unit test passes a
 * fixed clock and a rule about deadlines, expiry or test windows is tested without waiting.
 *
 * <p>UTC: instants are zone-free; a service that needs a calendar day names its zone (the gateway's
 * usage figures count days in Beijing time).
 */
@ApplicationScoped
public class PlatformClock {

  /** Dependent scope: a {@code Clock} is immutable, and a JDK class is not proxied. */
  @Produces
  Clock clock() {
    return Clock.systemUTC();
  }
}
