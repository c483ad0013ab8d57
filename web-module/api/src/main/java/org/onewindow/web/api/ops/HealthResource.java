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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.onewindow.common.Messages;
import org.onewindow.crypto.ResponseCode;
import org.onewindow.ops.cluster.ClusterNode;
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

  /**
   * {@code GET /api/v1/health/cluster}: the cluster as the answering node sees it — every live
   * member (one that renewed its stamp within 30 s), its build, the first characters of its
   * configuration digest, and how long ago it renewed; {@code consistent} when all run one build
   * and one configuration. For operators and the monitoring account (a bearer token; the service
   * checks the role); the balancer reads {@code /health}, which needs none.
   */
  @GET
  @Path("/cluster")
  @Operation(summary = "The cluster's live members and their builds, as this node sees them")
  @APIResponseSchema(value = Payloads.ClusterStatus.class)
  public Response cluster() {
    HealthService.ClusterView view = health.cluster();
    List<Payloads.ClusterMember> listed =
        view.members().stream()
            .map(
                m ->
                    new Payloads.ClusterMember(
                        m.node(),
                        m.stamp().build(),
                        abbreviated(m.stamp().configuration()),
                        m.sinceRenewalMillis() / 1000))
            .toList();
    return Response.ok(
            ApiResponse.ok(
                new Payloads.ClusterStatus(ClusterNode.name(), view.consistent(), listed)))
        .build();
  }

  private static String abbreviated(String digest) {
    return digest.length() > 12 ? digest.substring(0, 12) : digest;
  }

  private static String up(boolean up) {
    return up ? "UP" : "DOWN";
  }
}
