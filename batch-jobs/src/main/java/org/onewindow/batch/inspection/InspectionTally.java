package org.onewindow.batch.inspection;

import java.io.Serializable;
import org.onewindow.inspection.service.InspectionRecordView;

/**
 * What a partition (or the whole run) did, for the job's exit status: {@code INSPECTED=4 FAILED=1
 * SLOW=0 SKIPPED=0}.
 */
final class InspectionTally implements Serializable {

  private static final long serialVersionUID = 1L;

  int inspected;
  int failed;
  int slow;
  int skipped;

  void add(InspectionRecordView record) {
    inspected++;
    failed += "FAILED".equals(record.outcome()) ? 1 : 0;
    slow += "SLOW".equals(record.outcome()) ? 1 : 0;
  }

  void add(InspectionTally other) {
    inspected += other.inspected;
    failed += other.failed;
    slow += other.slow;
    skipped += other.skipped;
  }

  @Override
  public String toString() {
    return "INSPECTED=" + inspected + " FAILED=" + failed + " SLOW=" + slow + " SKIPPED=" + skipped;
  }
}
