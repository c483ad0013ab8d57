package org.onewindow.web.console.batch;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.onewindow.batch.BatchJob;
import org.onewindow.batch.BatchJobService;
import org.onewindow.batch.JobExecutionView;
import org.onewindow.common.StateConflictException;
import org.onewindow.web.console.ConsoleTexts;

/** Starts the access-unit census and lists its recent runs with their status. */
@Named
@ViewScoped
public class RunCensusJob implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Runs shown in the table. */
  private static final int RECENT = 10;

  @EJB private BatchJobService jobs;

  public void start() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale language = faces.getViewRoot().getLocale();
    try {
      long executionId = jobs.start(BatchJob.ACCESS_UNIT_CENSUS);
      String started = ConsoleTexts.text(language, "job.started");
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_INFO, started, "#" + executionId));
    } catch (StateConflictException running) {
      // One census at a time, cluster-wide (BatchJob.oneAtATime): say so instead of failing.
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_WARN, running.message(language), null));
    }
  }

  public List<JobExecutionView> getExecutions() {
    return jobs.recentExecutions(BatchJob.ACCESS_UNIT_CENSUS, RECENT);
  }
}
