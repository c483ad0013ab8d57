package org.onewindow.web.api.appcenter;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.onewindow.appcenter.service.InterfaceGrantService;
import org.onewindow.appcenter.service.InterfaceGrantView;
import org.onewindow.common.MissingInputException;
import org.onewindow.web.api.Envelopes;
import org.onewindow.web.api.openapi.AnnexACodes;

/**
 * {@code /api/v1/interfaces/{id}/grants}: another access unit's leave to bind and call the
 * interface (issue 14), granted and revoked by the owning unit or a platform reviewer. The service
 * scopes it to the interface's owner (another unit's interface: 404).
 */
@RequestScoped
@Path("/interfaces/{id}/grants")
@Produces(MediaType.APPLICATION_JSON)
public class InterfaceGrantResource {

  @EJB private InterfaceGrantService grants;

  @GET
  @Operation(summary = "The interface's grants to access units")
  @APIResponseSchema(value = InterfaceGrantView[].class)
  public Response list(@PathParam("id") long id) {
    return Envelopes.ok(grants.grants(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Grant an access unit the use of the interface")
  @APIResponseSchema(value = InterfaceGrantView.class, responseCode = "201")
  @Extension(name = AnnexACodes.EXTENSION, value = "409:11001")
  public Response grant(@PathParam("id") long id, GrantRequest request) {
    if (request == null || request.accessUnitId() == null) {
      throw MissingInputException.of("accessUnitId", "grant.unitMissing", "accessUnitId");
    }
    return Envelopes.created(grants.grant(id, request.accessUnitId()));
  }

  /** Revokes the grant (kept on record as revoked): 200 with it. */
  @DELETE
  @Path("/{grantId}")
  @Operation(summary = "Revoke a grant")
  @APIResponseSchema(value = InterfaceGrantView.class)
  public Response revoke(@PathParam("id") long id, @PathParam("grantId") long grantId) {
    return Envelopes.ok(grants.revoke(id, grantId));
  }
}
