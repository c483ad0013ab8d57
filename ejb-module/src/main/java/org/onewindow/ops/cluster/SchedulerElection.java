package org.onewindow.ops.cluster;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether this node is the one that runs the cluster's schedules now. Only {@link
 * SchedulerPrimaryService} changes it: WildFly starts that service on the member its singleton
 * policy elects, and stops it there when another member takes over or the EAR is undeployed.
 *
 * <p>Static, because the MSC service WildFly creates from {@link SchedulerSingletonActivator} and
 * the EJBs that read the flag share nothing else than this module's classes; a redeployment starts
 * over from a new class, standby until elected.
 */
public final class SchedulerElection {

  private static final AtomicBoolean PRIMARY = new AtomicBoolean();

  private SchedulerElection() {}

  /** This node's role now. */
  public static SchedulerRole role() {
    return PRIMARY.get() ? SchedulerRole.PRIMARY : SchedulerRole.STANDBY;
  }

  /** Whether the schedules are this node's to run now. */
  public static boolean isPrimary() {
    return PRIMARY.get();
  }

  /** The election chose this node; returns whether it was standby before. */
  static boolean elected() {
    return PRIMARY.compareAndSet(false, true);
  }

  /** Another node took over, or this one is leaving; returns whether it was primary before. */
  static boolean stoodDown() {
    return PRIMARY.compareAndSet(true, false);
  }
}
