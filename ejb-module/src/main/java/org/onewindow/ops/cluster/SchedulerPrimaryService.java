package org.onewindow.ops.cluster;

import java.util.logging.Logger;
import org.jboss.msc.Service;
import org.jboss.msc.service.StartContext;
import org.jboss.msc.service.StopContext;

/**
 * The service WildFly's singleton policy runs on exactly one member: started there when the member
 * is elected, stopped when it loses the election (a merge after a split elects one of the two
 * primaries) or leaves. It runs nothing itself; it tells the schedules on this node that they are
 * the cluster's (the timers keep firing on every node and ask {@link SchedulerElection}).
 */
final class SchedulerPrimaryService implements Service {

  private static final Logger LOG = Logger.getLogger(SchedulerPrimaryService.class.getName());

  @Override
  public void start(StartContext context) {
    if (SchedulerElection.elected()) {
      LOG.info(() -> "Node " + ClusterNode.name() + " is now the scheduler primary");
    }
  }

  @Override
  public void stop(StopContext context) {
    if (SchedulerElection.stoodDown()) {
      LOG.info(() -> "Node " + ClusterNode.name() + " is no longer the scheduler primary");
    }
  }
}
