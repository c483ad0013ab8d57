package org.onewindow.ops.cluster;

import org.jboss.msc.service.ServiceName;
import org.wildfly.clustering.singleton.service.SingletonServiceActivator;
import org.wildfly.clustering.singleton.service.SingletonServiceActivatorContext;

/**
 * Installs {@link SchedulerPrimaryService} as a cluster singleton when the EJB module deploys
 * (listed in {@code META-INF/services/org.jboss.msc.service.ServiceActivator}). The singleton
 * policy is the server's default ({@link #getSingletonPolicy()} is not overridden): the {@code
 * default} policy of the {@code singleton} subsystem, which elects among the members of the {@code
 * server} cache container's channel that run this deployment; a node alone elects itself.
 *
 * <p>Not {@code singleton-deployment.xml}: that makes the whole EAR a singleton, and only the
 * schedules must run on one node (DESIGN.md 7).
 */
public final class SchedulerSingletonActivator implements SingletonServiceActivator {

  /** The singleton's name: the members of the cluster elect among the providers of this name. */
  static final ServiceName SERVICE_NAME = ServiceName.of("org", "onewindow", "scheduler-primary");

  @Override
  public void activate(SingletonServiceActivatorContext context) {
    var builder = context.getServiceTarget().addService();
    builder.provides(SERVICE_NAME);
    builder.setInstance(new SchedulerPrimaryService()).install();
  }
}
