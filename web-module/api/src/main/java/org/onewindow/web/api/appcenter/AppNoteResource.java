package org.onewindow.web.api.appcenter;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.onewindow.appcenter.service.AppMaintenanceService;
import org.onewindow.appcenter.service.AppNoteView;
import org.onewindow.web.api.Envelopes;

/** {@code /api/v1/app-notes/{id}/outcome}: archiving an alarm or a suggestion (000 8.2.3 d). */
@RequestScoped
@Path("/app-notes")
@Produces(MediaType.APPLICATION_JSON)
public class AppNoteResource {

  @EJB private AppMaintenanceService maintenance;

  @PUT
  @Path("/{id}/outcome")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Archive a note with its outcome")
  @APIResponseSchema(value = AppNoteView.class)
  public Response archive(@PathParam("id") long id, OutcomeRequest request) {
    return Envelopes.ok(maintenance.archive(id, request == null ? null : request.outcome()));
  }
}
