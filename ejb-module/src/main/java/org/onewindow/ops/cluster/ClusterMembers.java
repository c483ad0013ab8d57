package org.onewindow.ops.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;

/**
 * The members' build stamps, in the replicated cache {@code onewindow/cluster-members}
 * (ear/src/main/wildfly/cluster.cli): each node writes its own at start and every 30 s with the
 * time it wrote it, and leaves it when it stops; a stamp not renewed for {@value #LIVE_MILLIS} ms
 * is a dead node's and is ignored. {@link #consistency} compares this node's with the live others'.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ClusterMembers {

  /** How long a member's stamp counts without renewal: three missed renewals. */
  static final long LIVE_MILLIS = 90_000;

  private static final Logger LOG = Logger.getLogger(ClusterMembers.class.getName());
  private static final String SEPARATOR = "@";

  @Resource(lookup = "java:jboss/infinispan/cache/onewindow/cluster-members")
  private ConcurrentMap<String, String> members;

  @Inject Clock clock;

  private final BuildStamp mine = BuildStamp.ofThisNode();
  private volatile ClusterConsistency.State reported = ClusterConsistency.State.CONSISTENT;

  @PostConstruct
  void join() {
    renew();
  }

  /** Renews this node's stamp; also where a change of the cluster's consistency is logged. */
  @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
  public void renew() {
    members.put(ClusterNode.name(), mine.toWire() + SEPARATOR + clock.millis());
    ClusterConsistency now = consistency();
    if (now.state() != reported) {
      reported = now.state();
      LOG.warning(
          () ->
              "Node "
                  + ClusterNode.name()
                  + " ("
                  + mine.build()
                  + "): cluster "
                  + now.state().wireName()
                  + " "
                  + now.differing());
    }
  }

  @PreDestroy
  void leave() {
    members.remove(ClusterNode.name());
  }

  /** This node's build. */
  public BuildStamp stamp() {
    return mine;
  }

  /** This node compared with the live other members. */
  public ClusterConsistency consistency() {
    long now = clock.millis();
    Map<String, BuildStamp> others = new HashMap<>();
    members.forEach(
        (node, entry) -> {
          int at = entry.lastIndexOf(SEPARATOR);
          if (node.equals(ClusterNode.name()) || at < 0) {
            return;
          }
          BuildStamp stamp = BuildStamp.fromWire(entry.substring(0, at));
          long written = parseOrZero(entry.substring(at + 1));
          if (stamp != null && now - written <= LIVE_MILLIS) {
            others.put(node, stamp);
          }
        });
    return ClusterConsistency.of(mine, others);
  }

  private static long parseOrZero(String millis) {
    try {
      return Long.parseLong(millis);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
