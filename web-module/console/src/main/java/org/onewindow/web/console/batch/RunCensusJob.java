package org.onewindow.web.console.batch;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.onewindow.batch.BatchJob;
import org.onewindow.batch.BatchJobService;
import org.onewindow.batch.JobExecutionView;
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
    long executionId = jobs.start(BatchJob.ACCESS_UNIT_CENSUS);
    FacesContext faces = FacesContext.getCurrentInstance();
    String started = ConsoleTexts.text(faces.getViewRoot().getLocale(), "job.started");
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_INFO, started, "#" + executionId));
  }

  public List<JobExecutionView> getExecutions() {
    return jobs.recentExecutions(BatchJob.ACCESS_UNIT_CENSUS, RECENT);
  }
}
