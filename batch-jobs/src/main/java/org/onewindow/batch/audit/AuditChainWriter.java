package org.onewindow.batch.audit;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Logger;
import org.onewindow.ops.audit.AuditChainVerificationService;
import org.onewindow.ops.audit.AuditLink;
import org.onewindow.ops.audit.AuditVerificationView;

/**
 * Advances the verification over the chunk's links in the chunk's transaction, and says where it
 * stands in the exit status: {@code VERIFIED_THROUGH=n}, or {@code BROKEN_AT=n} once a record does
 * not follow its predecessor (002 6.7: a tampered trail is reported, never passed over).
 */
@Named
@Dependent
public class AuditChainWriter extends AbstractItemWriter {

  /** The step's transient mark that tells the reader to stop. */
  static final String BREAK_FOUND = "audit-chain-break-found";

  private static final Logger LOG = Logger.getLogger(AuditChainWriter.class.getName());

  @EJB private AuditChainVerificationService chain;

  @Inject private JobContext job;

  @Inject private StepContext step;

  @Override
  public void writeItems(List<Object> items) {
    List<AuditLink> links = items.stream().map(AuditLink.class::cast).toList();
    AuditVerificationView now = chain.advance(links);
    if (now.brokenAt() != null) {
      step.setTransientUserData(BREAK_FOUND);
      job.setExitStatus("BROKEN_AT=" + now.brokenAt());
      LOG.severe(() -> "The audit chain does not hold at record " + now.brokenAt());
    } else {
      job.setExitStatus("VERIFIED_THROUGH=" + now.verifiedThrough());
    }
  }
}
