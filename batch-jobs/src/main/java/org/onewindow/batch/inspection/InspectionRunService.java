package org.onewindow.batch.inspection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.onewindow.batch.BatchJob;
import org.onewindow.batch.BatchJobService;
import org.onewindow.common.Roles;
import org.onewindow.inspection.service.InspectionScheduleService;
import org.onewindow.review.SubjectKind;

/**
 * 立即巡检: an administrator makes one online interface or app due now and starts the job, which
 * inspects it (and whatever else is due) at once, whatever the cadence says.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class InspectionRunService {

  @EJB private InspectionScheduleService schedules;

  @EJB private BatchJobService jobs;

  /**
   * Makes the subject due, if one is named, and starts the job; returns its execution id.
   *
   * @throws org.onewindow.common.StateConflictException when the subject is not online
   */
  public long inspectNow(SubjectKind type, Long id) {
    if (type != null && id != null) {
      schedules.dueNow(type, id);
    }
    return jobs.start(BatchJob.INTERFACE_INSPECTION);
  }
}
