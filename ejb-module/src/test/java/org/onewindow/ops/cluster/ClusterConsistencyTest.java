package org.onewindow.ops.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, "a node that joins with a different configuration or a stale EAR is refused or
 * reported, never silently serving old code".
 */
class ClusterConsistencyTest {

  private static final BuildStamp TODAY = new BuildStamp("0.1.0", "20261206160000", "cfg-a");

  @Test
  void aNodeAloneOrAmongItsOwnBuildIsConsistent() {
    assertEquals(
        ClusterConsistency.State.CONSISTENT, ClusterConsistency.of(TODAY, Map.of()).state());
    ClusterConsistency same =
        ClusterConsistency.of(
            TODAY, Map.of("node2", new BuildStamp("0.1.0", "20261206160000", "cfg-a")));
    assertEquals(ClusterConsistency.State.CONSISTENT, same.state());
    assertFalse(same.refusesTraffic());
  }

  @Test
  void aNodeRunningAnOlderBuildIsStaleAndRefusesTraffic() {
    BuildStamp yesterday = new BuildStamp("0.1.0", "20261205090000", "cfg-a");
    ClusterConsistency stale = ClusterConsistency.of(yesterday, Map.of("node1", TODAY));
    assertEquals(ClusterConsistency.State.STALE, stale.state());
    assertTrue(stale.refusesTraffic());
    assertEquals(Set.of("node1"), stale.differing());

    // The newer node sees the older one but keeps serving: the older one takes itself out.
    ClusterConsistency newer = ClusterConsistency.of(TODAY, Map.of("node2", yesterday));
    assertEquals(ClusterConsistency.State.CONSISTENT, newer.state());
  }

  @Test
  void aDifferentConfigurationOfTheSameBuildIsReportedOnEveryNode() {
    BuildStamp otherConfiguration = new BuildStamp("0.1.0", "20261206160000", "cfg-b");
    ClusterConsistency here = ClusterConsistency.of(TODAY, Map.of("node2", otherConfiguration));
    ClusterConsistency there = ClusterConsistency.of(otherConfiguration, Map.of("node1", TODAY));
    assertEquals(ClusterConsistency.State.CONFIGURATION_DIFFERS, here.state());
    assertEquals(ClusterConsistency.State.CONFIGURATION_DIFFERS, there.state());
    assertEquals(Set.of("node2"), here.differing());
    assertFalse(here.refusesTraffic(), "which configuration is right is the operator's call");
  }

  @Test
  void membersAgreeOnlyOnOneBuildAndOneConfiguration() {
    var node1 = new ClusterMembers.Member("node1", TODAY, 0);
    assertTrue(
        ClusterConsistency.agree(
            java.util.List.of(node1, new ClusterMembers.Member("node2", TODAY, 5))));
    assertFalse(
        ClusterConsistency.agree(
            java.util.List.of(
                node1,
                new ClusterMembers.Member(
                    "node2", new BuildStamp("0.1.0", "20261206160000", "cfg-b"), 5))));
  }

  @Test
  void stampsTravelThroughTheMemberListUnchanged() {
    assertEquals(TODAY, BuildStamp.fromWire(TODAY.toWire()));
    assertNull(BuildStamp.fromWire("something else"));
    assertNull(BuildStamp.fromWire(null));
    assertEquals("0.1.0+20261206160000", TODAY.build());
  }

  @Test
  void thisNodesStampNamesTheBuildMavenMade() {
    BuildStamp mine = BuildStamp.ofThisNode();
    assertTrue(mine.builtAt().matches("\\d{14}"), mine.builtAt());
    assertFalse(mine.version().contains("${"), mine.version());
  }
}
