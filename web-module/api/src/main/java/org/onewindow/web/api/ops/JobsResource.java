package org.onewindow.web.api.ops;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.onewindow.batch.BatchJob;
import org.onewindow.batch.BatchJobService;
import org.onewindow.batch.JobExecutionView;
import org.onewindow.batch.StepView;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.PageRequest;
import org.onewindow.ops.batch.BatchScheduleView;
import org.onewindow.web.api.ApiTexts;
import org.onewindow.web.api.Envelopes;
import org.onewindow.web.api.openapi.Payloads;

/**
 * {@code /api/v1/jobs} (platform administrators; the service decides):
 *
 * <ul>
 *   <li>{@code POST /{job}/executions} {@code {"parameters": {…}}}: starts a job of the list, on
 *       the node that answers;
 *   <li>{@code GET /{job}/executions}: its latest executions, newest first;
 *   <li>{@code GET /executions/{id}}: one execution with the node that ran it, its lease, its item
 *       counts and its progress;
 *   <li>{@code GET /executions?job=&status=&from=&to=&offset=&limit=}: the history, newest first;
 *   <li>{@code GET /executions/{id}/steps}: its steps' read, write, skip, retry and commit counts;
 *   <li>{@code GET /executions/{id}/rejections}: the records it rejected, with their reasons in the
 *       caller's language ({@code Accept-Language});
 *   <li>{@code POST /executions/{id}/stop}, {@code /restart}, {@code /abandon};
 *   <li>{@code GET /schedules}, {@code PUT /{job}/schedule}: when the jobs start by themselves.
 * </ul>
 */
@RequestScoped
@Path("/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

  /** Executions listed at most. */
  private static final int RECENT = 20;

  @EJB private BatchJobService jobs;

  @Context private HttpHeaders headers;

  @POST
  @Path("/{job}/executions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Start a batch job now (parameters as the job declares them)")
  @APIResponseSchema(value = Payloads.ExecutionStarted.class, responseCode = "201")
  public Response start(@PathParam("job") String jobName, JobStartRequest request) {
    BatchJob job = job(jobName);
    long execution = jobs.start(job, parameters(request == null ? null : request.parameters()));
    return Envelopes.created(Map.of("executionId", execution));
  }

  @GET
  @Path("/{job}/executions")
  @Operation(summary = "A batch job's latest executions, newest first")
  @APIResponseSchema(value = JobExecutionView[].class)
  public Response recent(@PathParam("job") String jobName) {
    return Envelopes.ok(jobs.recentExecutions(job(jobName), RECENT));
  }

  @GET
  @Path("/executions/{id}")
  @Operation(summary = "A batch job execution: status, node, lease and item counts")
  @APIResponseSchema(value = JobExecutionView.class)
  public Response execution(@PathParam("id") long id) {
    return Envelopes.ok(jobs.execution(id));
  }

  @GET
  @Path("/executions")
  @Operation(summary = "The jobs' executions, newest first, filtered by job, status and time")
  @APIResponseSchema(value = Payloads.ExecutionPage.class)
  public Response history(
      @QueryParam("job") String jobName,
      @QueryParam("status") String status,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    BatchJob job = jobName == null || jobName.isBlank() ? null : job(jobName.strip());
    return Envelopes.ok(
        jobs.history(
            job,
            status,
            instant("from", from),
            instant("to", to),
            new PageRequest(offset, limit, null, false)));
  }

  @GET
  @Path("/executions/{id}/steps")
  @Operation(summary = "An execution's steps: read, write, skip, retry and commit counts, progress")
  @APIResponseSchema(value = StepView[].class)
  public Response steps(@PathParam("id") long id) {
    return Envelopes.ok(jobs.steps(id));
  }

  @GET
  @Path("/executions/{id}/rejections")
  @Operation(summary = "The records an execution rejected, with their reasons, newest first")
  @APIResponseSchema(value = Payloads.RejectionPage.class)
  public Response rejections(
      @PathParam("id") long id,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    return Envelopes.ok(
        jobs.rejections(
            id, new PageRequest(offset, limit, null, false), ApiTexts.languageOf(headers)));
  }

  @POST
  @Path("/executions/{id}/stop")
  @Operation(summary = "Ask a running execution to stop after its current chunk")
  @APIResponseSchema(value = JobExecutionView.class)
  public Response stop(@PathParam("id") long id) {
    return Envelopes.ok(jobs.stop(id));
  }

  @POST
  @Path("/executions/{id}/restart")
  @Operation(
      summary =
          "Restart a failed or stopped execution from its last checkpoint (refused while the job"
              + " runs anywhere)")
  @APIResponseSchema(value = Payloads.ExecutionStarted.class, responseCode = "201")
  public Response restart(@PathParam("id") long id) {
    return Envelopes.created(Map.of("executionId", jobs.restart(id)));
  }

  @POST
  @Path("/executions/{id}/abandon")
  @Operation(summary = "Give up a failed or stopped execution for good")
  @APIResponseSchema(value = JobExecutionView.class)
  public Response abandon(@PathParam("id") long id) {
    return Envelopes.ok(jobs.abandon(id));
  }

  @GET
  @Path("/schedules")
  @Operation(summary = "Every job with its schedule (off unless set)")
  @APIResponseSchema(value = BatchScheduleView[].class)
  public Response schedules() {
    return Envelopes.ok(jobs.schedules());
  }

  @PUT
  @Path("/{job}/schedule")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set when a job starts by itself: every N minutes or at fixed times")
  @APIResponseSchema(value = BatchScheduleView.class)
  public Response schedule(@PathParam("job") String jobName, ScheduleRequest request) {
    BatchJob job = job(jobName);
    ScheduleRequest body =
        request == null ? new ScheduleRequest(false, null, null, Map.of()) : request;
    return Envelopes.ok(
        jobs.schedule(
            job,
            Boolean.TRUE.equals(body.enabled()),
            body.everyMinutes(),
            body.dailyAt(),
            parameters(body.parameters())));
  }

  private static Map<String, String> parameters(Map<String, Long> given) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (given != null) {
      given.forEach((name, value) -> parameters.put(name, value == null ? "" : value.toString()));
    }
    return parameters;
  }

  private static Instant instant(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw InvalidInputException.keyed(field, "ops.job.instant");
    }
  }

  private static BatchJob job(String jobName) {
    return BatchJob.byJobName(jobName)
        .orElseThrow(() -> NotFoundException.keyed("ops.job.notFound"));
  }
}
