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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;

/**
 * The members' build stamps, in the replicated cache {@code onewindow/cluster-members}
 * (ear/src/main/wildfly/cluster.cli): each node writes its own at start and every 10 s with the
 * time it wrote it, and leaves it when it stops; a stamp not renewed for {@value #LIVE_MILLIS} ms
 * is a dead node's and is ignored. {@link #consistency} compares this node's with the live others'.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ClusterMembers {

  /**
   * How long a member's stamp counts without renewal: three missed renewals. Short, so that a node
   * gone (or cut off) stops counting for the cluster's consistency within half a minute; each
   * renewal is one small write to a replicated cache.
   */
  static final long LIVE_MILLIS = 30_000;

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
  @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
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

  /**
   * A live member: its node name, its stamp, and how long ago it last renewed it.
   *
   * @param sinceRenewalMillis at most {@value #LIVE_MILLIS}; over 10 000 means renewals were missed
   */
  public record Member(String node, BuildStamp stamp, long sinceRenewalMillis) {}

  /** Every live member, this node included, by name. */
  public List<Member> live() {
    long now = clock.millis();
    List<Member> live = new ArrayList<>();
    members.forEach(
        (node, entry) -> {
          int at = entry.lastIndexOf(SEPARATOR);
          if (at < 0) {
            return;
          }
          BuildStamp stamp = BuildStamp.fromWire(entry.substring(0, at));
          long since = now - parseOrZero(entry.substring(at + 1));
          if (stamp != null && since <= LIVE_MILLIS) {
            live.add(new Member(node, stamp, Math.max(0, since)));
          }
        });
    live.sort(Comparator.comparing(Member::node));
    return live;
  }

  /** This node compared with the live other members. */
  public ClusterConsistency consistency() {
    Map<String, BuildStamp> others = new HashMap<>();
    for (Member member : live()) {
      if (!member.node().equals(ClusterNode.name())) {
        others.put(member.node(), member.stamp());
      }
    }
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
