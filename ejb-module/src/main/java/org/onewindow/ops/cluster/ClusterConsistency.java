package org.onewindow.ops.cluster;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a node concludes from the stamps of the members it sees (issue 17, "a node that joins with a
 * different configuration or a stale EAR is refused or reported"): a node whose build is older than
 * another member's is {@link State#STALE} — it reports itself unavailable, so the balancer's health
 * check takes it out, until it is redeployed; members of one build whose configurations differ
 * report {@link State#CONFIGURATION_DIFFERS} on every node (which one is right is the operator's
 * call) and keep serving.
 *
 * @param differing the other nodes whose stamp differs from this one's, by name
 */
public record ClusterConsistency(State state, SortedSet<String> differing) {

  /** The node's conclusion. */
  public enum State {
    CONSISTENT("consistent"),
    CONFIGURATION_DIFFERS("configuration-differs"),
    STALE("stale");

    private final String wireName;

    State(String wireName) {
      this.wireName = wireName;
    }

    /** The name the health check answers. */
    public String wireName() {
      return wireName;
    }
  }

  /** Compares {@code mine} with the live members' stamps ({@code others}, by node name). */
  public static ClusterConsistency of(BuildStamp mine, Map<String, BuildStamp> others) {
    SortedSet<String> newer = new TreeSet<>();
    SortedSet<String> configured = new TreeSet<>();
    others.forEach(
        (node, stamp) -> {
          if (mine.olderThan(stamp)) {
            newer.add(node);
          } else if (mine.build().equals(stamp.build())
              && !mine.configuration().equals(stamp.configuration())) {
            configured.add(node);
          }
        });
    if (!newer.isEmpty()) {
      return new ClusterConsistency(State.STALE, newer);
    }
    if (!configured.isEmpty()) {
      return new ClusterConsistency(State.CONFIGURATION_DIFFERS, configured);
    }
    return new ClusterConsistency(State.CONSISTENT, new TreeSet<>());
  }

  /** Whether {@code members} all run one build with one configuration. */
  public static boolean agree(java.util.List<ClusterMembers.Member> members) {
    return members.stream()
            .map(m -> m.stamp().build() + "/" + m.stamp().configuration())
            .distinct()
            .count()
        <= 1;
  }

  /** Whether this node must stop taking requests. */
  public boolean refusesTraffic() {
    return state == State.STALE;
  }
}
