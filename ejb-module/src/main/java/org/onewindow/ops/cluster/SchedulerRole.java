package org.onewindow.ops.cluster;

import java.util.Locale;

/** What this node does with the cluster's schedules: runs them, or waits to take them over. */
public enum SchedulerRole {
  /** Elected by the singleton policy: the schedules fire here. */
  PRIMARY,
  /** Another member is primary, or the election has not reached this node yet. */
  STANDBY;

  /** The name in the health answer ({@code "primary"}, {@code "standby"}). */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
