package org.onewindow.web.api.appcenter;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.onewindow.appcenter.service.AppPublicationService;
import org.onewindow.appcenter.service.HallView;
import org.onewindow.web.api.Envelopes;

/** {@code GET /api/v1/halls}: the halls (分厅) apps are published to (000 8.2.3 b). */
@RequestScoped
@Path("/halls")
@Produces(MediaType.APPLICATION_JSON)
public class HallResource {

  @EJB private AppPublicationService publications;

  @GET
  @Operation(summary = "List the halls apps are published to")
  @APIResponseSchema(value = HallView[].class)
  public Response list() {
    return Envelopes.ok(publications.halls());
  }
}
