package org.onewindow.web.api.inspection;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.onewindow.batch.BatchJobService;
import org.onewindow.batch.JobExecutionView;
import org.onewindow.batch.inspection.InspectionRunService;
import org.onewindow.common.InvalidInputException;
import org.onewindow.inspection.service.InspectionHistoryService;
import org.onewindow.inspection.service.InspectionRecordView;
import org.onewindow.inspection.service.InspectionScheduleService;
import org.onewindow.inspection.service.InspectionScreenshot;
import org.onewindow.review.SubjectKinds;
import org.onewindow.web.api.ApiTexts;
import org.onewindow.web.api.Envelopes;
import org.onewindow.web.api.openapi.Payloads;

/**
 * {@code /api/v1/inspections} (000 8.2.3 c 接口巡检、界面巡检; 8.2.2 a 接口监测):
 *
 * <ul>
 *   <li>{@code GET ?subjectType=interface|app&subjectId=N&limit=20}: the subject's latest records,
 *       labelled in the caller's language;
 *   <li>{@code POST} {@code {"subjectType","subjectId"}}: 立即巡检 (platform administrators), the job's
 *       execution id;
 *   <li>{@code PUT /slow-threshold} {@code {"subjectType","subjectId","slowThresholdMillis"}}: an
 *       online subject's slow-response threshold (platform administrators; 000 9.4.3 c);
 *   <li>{@code GET /records/{id}/screenshot}: a page inspection's screenshot (PNG; 界面巡检 in a
 *       headless browser, 003 6.7.3), for whoever may see the app;
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

  @EJB private InspectionScheduleService schedules;

  @Context private HttpHeaders headers;

  @Inject private SubjectKinds kinds;

  @GET
  @Operation(
      summary =
          "A subject's latest inspection records (subjectType interface or app, subjectId, limit)")
  @APIResponseSchema(value = InspectionRecordView[].class)
  public Response latest(
      @QueryParam("subjectType") String subjectType,
      @QueryParam("subjectId") Long subjectId,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    if (subjectId == null) {
      throw InvalidInputException.keyed("subjectId", "inspection.subjectIdMissing");
    }
    Locale language = ApiTexts.languageOf(headers);
    return Envelopes.ok(
        history.latest(kinds.parse(subjectType), subjectId, limit).stream()
            .map(record -> record.in(language))
            .toList());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Inspect a subject now: starts the inspection job")
  @APIResponseSchema(value = Payloads.ExecutionStarted.class, responseCode = "201")
  public Response inspectNow(InspectionRunRequest request) {
    boolean named = request != null && request.subjectType() != null;
    if (named && request.subjectId() == null) {
      throw InvalidInputException.keyed("subjectId", "inspection.subjectIdMissing");
    }
    long execution =
        runs.inspectNow(
            named ? kinds.parse(request.subjectType()) : null, named ? request.subjectId() : null);
    return Envelopes.created(Map.of("executionId", execution));
  }

  @PUT
  @Path("/slow-threshold")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Set an online subject's slow-response threshold (000 9.4.3 c): milliseconds, 100-60000,"
              + " null for the default 3000")
  public Response slowThreshold(SlowThresholdRequest request) {
    if (request == null || request.subjectType() == null) {
      throw InvalidInputException.keyed("subjectType", "inspection.subjectTypeMissing");
    }
    if (request.subjectId() == null) {
      throw InvalidInputException.keyed("subjectId", "inspection.subjectIdMissing");
    }
    long millis =
        schedules.slowThreshold(
            kinds.parse(request.subjectType()), request.subjectId(), request.slowThresholdMillis());
    return Envelopes.ok(Map.of("slowThresholdMillis", millis));
  }

  @GET
  @Path("/records/{id}/screenshot")
  @Produces("image/png")
  @Operation(
      summary =
          "The screenshot a page inspection's headless browser took (screenshotAvailable in the"
              + " record), for whoever may see the app")
  public Response screenshot(@PathParam("id") long id) {
    InspectionScreenshot screenshot = history.screenshot(id);
    StreamingOutput body =
        out -> {
          try (InputStream in = screenshot.stream()) {
            in.transferTo(out);
          }
        };
    return Response.ok(body, screenshot.contentType())
        .header("Content-Length", screenshot.size())
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "private, max-age=300")
        .build();
  }

  @GET
  @Path("/executions/{id}")
  @Operation(summary = "An inspection job execution's status")
  @APIResponseSchema(value = JobExecutionView.class)
  public Response execution(@PathParam("id") long id) {
    return Envelopes.ok(jobs.execution(id));
  }
}
