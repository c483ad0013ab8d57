package org.onewindow.web.api.ops;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.onewindow.crypto.ResponseCode;
import org.onewindow.ops.service.HealthService;
import org.onewindow.web.api.ApiResponse;

/** {@code GET /api/v1/health}: 200 and code 0 when every dependency answers, else 503 / 10000. */
@RequestScoped
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

  @EJB private HealthService health;

  @GET
  public Response check() {
    HealthService.Health result = health.check();
    Map<String, String> data =
        Map.of("status", up(result.up()), "database", up(result.databaseUp()));
    if (result.up()) {
      return Response.ok(ApiResponse.ok(data)).build();
    }
    return Response.status(503)
        .entity(new ApiResponse<>(ResponseCode.SYSTEM_BUSY.code(), "服务不可用", data))
        .build();
  }

  private static String up(boolean up) {
    return up ? "UP" : "DOWN";
  }
}
