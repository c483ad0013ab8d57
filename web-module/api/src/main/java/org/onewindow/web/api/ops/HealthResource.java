package org.onewindow.web.api.ops;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.onewindow.common.Messages;
import org.onewindow.crypto.ResponseCode;
import org.onewindow.ops.service.HealthService;
import org.onewindow.web.api.ApiResponse;
import org.onewindow.web.api.ApiTexts;
import org.onewindow.web.api.openapi.AnnexACodes;
import org.onewindow.web.api.openapi.Payloads;

/**
 * {@code GET /api/v1/health}: 200 and code 0 when every dependency answers, else 503 / 10000 (the
 * message in the caller's language). Per node: it also names the node that answers and says whether
 * the cluster's inspection schedule runs there ({@code primary}) or not ({@code standby}).
 */
@RequestScoped
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

  @EJB private HealthService health;

  @Context private HttpHeaders headers;

  @GET
  @Operation(summary = "Health: UP when every dependency answers, else 503 10000")
  @APIResponseSchema(value = Payloads.HealthStatus.class)
  @SecurityRequirements
  @Extension(name = AnnexACodes.EXTENSION, value = "503:10000")
  public Response check() {
    HealthService.Health result = health.check();
    Map<String, String> data = new java.util.LinkedHashMap<>();
    data.put("status", up(result.up()));
    data.put("database", up(result.databaseUp()));
    data.put("node", result.node());
    data.put("inspectionScheduler", result.scheduler().wireName());
    data.put("build", result.build());
    data.put("cluster", result.cluster().state().wireName());
    if (!result.cluster().differing().isEmpty()) {
      data.put("differsFrom", String.join(",", result.cluster().differing()));
    }
    if (result.up()) {
      return Response.ok(ApiResponse.ok(data)).build();
    }
    return Response.status(503)
        .entity(
            new ApiResponse<>(
                ResponseCode.SYSTEM_BUSY.code(),
                result.cluster().refusesTraffic()
                    ? Messages.text(
                        "ops.health.stale",
                        ApiTexts.languageOf(headers),
                        String.join(", ", result.cluster().differing()))
                    : Messages.text("ops.health.down", ApiTexts.languageOf(headers)),
                data))
        .build();
  }

  private static String up(boolean up) {
    return up ? "UP" : "DOWN";
  }
}
