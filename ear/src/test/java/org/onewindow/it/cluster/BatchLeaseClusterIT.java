package org.onewindow.it.cluster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.OnCluster;

/**
 * Batch executions carry a lease (issue 17 item 2, ADR 0011): one running on a live node is never
 * taken over by another, however long it runs — here longer than the 30 s after which a silent
 * holder counts as lost, while the other node's recovery looks every 5 s. What happens when the
 * holder is killed or frozen is tested where those drills happen: {@code WhenANodeDiesClusterIT}
 * (restarted from the checkpoint by the survivor) and {@code PartitionedPrimaryClusterIT} (the
 * frozen holder's next chunk refused when it thaws).
 */
@OnCluster
class BatchLeaseClusterIT {

  @RegisterExtension static final Administrators administrators = new Administrators();

  @Test
  void aJobOnALiveNodeIsNeverTakenOverHoweverLongItRuns() {
    String token = administrators.platformAdmin().consoleToken();
    // About 45 s: past the 30 s silence and a recovery tick.
    VerificationJob run = VerificationJob.start(1, token, 80, 45);
    run.committed(1, 1);
    run.completedWithoutATakeover(1);
  }
}
