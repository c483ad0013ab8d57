package org.onewindow.ops.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.onewindow.common.Roles;
import org.onewindow.ops.cluster.ClusterConsistency;
import org.onewindow.ops.cluster.ClusterMembers;
import org.onewindow.ops.cluster.ClusterNode;
import org.onewindow.ops.cluster.SchedulerElection;
import org.onewindow.ops.cluster.SchedulerRole;

/**
 * Whether the parts OneWindow depends on answer, for the public health check; and which node
 * answers, and whether the cluster's schedules run there (ADR 0009), so that operators and the
 * cluster tests see the singleton's election node by node.
 */
@Stateless
@PermitAll
public class HealthService {

  private static final Logger LOG = Logger.getLogger(HealthService.class.getName());

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  /**
   * The state of each dependency, and of the whole; this node's name and its scheduler role (which
   * never makes the node DOWN: a standby node serves like the primary).
   */
  public record Health(
      boolean up,
      boolean databaseUp,
      String node,
      SchedulerRole scheduler,
      String build,
      ClusterConsistency cluster) {}

  @EJB private ClusterMembers members;

  /**
   * UP when the database answers and this node's build is not older than another live member's (a
   * stale node reports DOWN, so the balancer takes it out until it is redeployed).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Health check() {
    boolean database = databaseAnswers();
    ClusterConsistency cluster = members.consistency();
    return new Health(
        database && !cluster.refusesTraffic(),
        database,
        ClusterNode.name(),
        SchedulerElection.role(),
        members.stamp().build(),
        cluster);
  }

  /** The live members, by name, and whether they all run one build with one configuration. */
  public record ClusterView(boolean consistent, List<ClusterMembers.Member> members) {}

  /**
   * The cluster as this node sees it. For operators and the platform's monitoring account only:
   * node names and builds are no business of the public.
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.API_CLIENT})
  public ClusterView cluster() {
    List<ClusterMembers.Member> live = members.live();
    return new ClusterView(ClusterConsistency.agree(live), live);
  }

  private boolean databaseAnswers() {
    try {
      em.createNativeQuery("select 1").getSingleResult();
      return true;
    } catch (RuntimeException e) {
      // The cause goes to the log for operators; the health answer only says DOWN.
      LOG.log(Level.WARNING, "Database health check failed: {0}", e.toString());
      return false;
    }
  }
}
