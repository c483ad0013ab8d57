package org.onewindow.web.api.inspection;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.onewindow.appcenter.domain.SubjectType;
import org.onewindow.batch.BatchJobService;
import org.onewindow.batch.inspection.InspectionRunService;
import org.onewindow.common.InvalidInputException;
import org.onewindow.inspection.service.InspectionHistoryService;
import org.onewindow.web.api.Envelopes;

/**
 * {@code /api/v1/inspections} (000 8.2.3 c 接口巡检、界面巡检; 8.2.2 a 接口监测):
 *
 * <ul>
 *   <li>{@code GET ?subjectType=interface|app&subjectId=N&limit=20}: the subject's latest records;
 *   <li>{@code POST} {@code {"subjectType","subjectId"}}: 立即巡检 (platform administrators), the job's
 *       execution id;
 *   <li>{@code GET /executions/{id}}: that run's status and exit status.
 * </ul>
 */
@RequestScoped
@Path("/inspections")
@Produces(MediaType.APPLICATION_JSON)
public class InspectionResource {

  @EJB private InspectionHistoryService history;

  @EJB private InspectionRunService runs;

  @EJB private BatchJobService jobs;

  @GET
  public Response latest(
      @QueryParam("subjectType") String subjectType,
      @QueryParam("subjectId") Long subjectId,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    if (subjectId == null) {
      throw new InvalidInputException("subjectId", "请指定 subjectId");
    }
    return Envelopes.ok(history.latest(SubjectType.parse(subjectType), subjectId, limit));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response inspectNow(InspectionRunRequest request) {
    boolean named = request != null && request.subjectType() != null;
    if (named && request.subjectId() == null) {
      throw new InvalidInputException("subjectId", "请指定 subjectId");
    }
    long execution =
        runs.inspectNow(
            named ? SubjectType.parse(request.subjectType()) : null,
            named ? request.subjectId() : null);
    return Envelopes.created(Map.of("executionId", execution));
  }

  @GET
  @Path("/executions/{id}")
  public Response execution(@PathParam("id") long id) {
    return Envelopes.ok(jobs.execution(id));
  }
}
