package org.onewindow.web.api.ops;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.onewindow.batch.BatchJob;
import org.onewindow.batch.BatchJobService;
import org.onewindow.batch.JobExecutionView;
import org.onewindow.common.NotFoundException;
import org.onewindow.web.api.Envelopes;
import org.onewindow.web.api.openapi.Payloads;

/**
 * {@code /api/v1/jobs} (platform administrators; the service decides):
 *
 * <ul>
 *   <li>{@code POST /{job}/executions} {@code {"parameters": {…}}}: starts a job of the list, on
 *       the node that answers;
 *   <li>{@code GET /{job}/executions}: its latest executions, newest first;
 *   <li>{@code GET /executions/{id}}: one execution with the node that ran it, its lease and its
 *       item counts.
 * </ul>
 */
@RequestScoped
@Path("/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

  /** Executions listed at most. */
  private static final int RECENT = 20;

  @EJB private BatchJobService jobs;

  @POST
  @Path("/{job}/executions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Start a batch job now (parameters as the job declares them)")
  @APIResponseSchema(value = Payloads.ExecutionStarted.class, responseCode = "201")
  public Response start(@PathParam("job") String jobName, JobStartRequest request) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (request != null && request.parameters() != null) {
      request
          .parameters()
          .forEach((name, value) -> parameters.put(name, value == null ? "" : value.toString()));
    }
    long execution = jobs.start(job(jobName), parameters);
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

  private static BatchJob job(String jobName) {
    return BatchJob.byJobName(jobName)
        .orElseThrow(() -> NotFoundException.keyed("ops.job.notFound"));
  }
}
