package org.onewindow.web.api.appcenter;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.onewindow.appcenter.service.AccessUnitService;
import org.onewindow.appcenter.service.AccessUnitView;
import org.onewindow.common.MissingInputException;
import org.onewindow.web.api.Envelopes;
import org.onewindow.web.api.openapi.AnnexACodes;

/**
 * {@code /api/v1/access-units}: list and register access units. Authentication is a bearer token of
 * the {@code onewindow} realm (web.xml); the service checks the role.
 */
@RequestScoped
@Path("/access-units")
@Produces(MediaType.APPLICATION_JSON)
public class AccessUnitResource {

  @EJB private AccessUnitService accessUnits;

  @GET
  @Operation(summary = "List the access units")
  @APIResponseSchema(value = AccessUnitView[].class)
  public Response list() {
    return Envelopes.ok(accessUnits.list());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register an access unit")
  @APIResponseSchema(value = AccessUnitView.class, responseCode = "201")
  @Extension(name = AnnexACodes.EXTENSION, value = "409:11001")
  public Response register(AccessUnitRequest request) {
    if (request == null) {
      throw MissingInputException.of("body", "appcenter.request.bodyMissing");
    }
    return Envelopes.created(accessUnits.register(request.name(), request.divisionCode()));
  }
}
