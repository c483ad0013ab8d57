package org.onewindow.web.api.appcenter;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.onewindow.appcenter.service.AccessUnitSystemClientService;
import org.onewindow.common.MissingInputException;
import org.onewindow.identity.domain.UnitSystemClient;
import org.onewindow.identity.domain.UnitSystemClientSecret;
import org.onewindow.web.api.Envelopes;

/**
 * {@code /api/v1/access-units/{id}/system-clients}: an access unit's system accounts for
 * server-to-server calls (issue 16 item 4; README, "Tokens for integrators"). The service decides
 * who may (platform administrators) and what such an account may do afterwards (its unit only). The
 * secret is in the answer of the create and rotate calls only.
 */
@RequestScoped
@Path("/access-units/{unitId}/system-clients")
@Produces(MediaType.APPLICATION_JSON)
public class AccessUnitSystemClientResource {

  @EJB private AccessUnitSystemClientService systemClients;

  @GET
  @Operation(summary = "List an access unit's system clients (client credentials accounts)")
  @APIResponseSchema(value = UnitSystemClient[].class)
  public Response list(@PathParam("unitId") long unitId) {
    return Envelopes.ok(systemClients.list(unitId));
  }

  /** A new system client; 201 with its {@code clientId} and {@code clientSecret}. Audited. */
  @POST
  @Operation(summary = "Make a system client for an access unit; its secret is shown this once")
  @APIResponseSchema(value = UnitSystemClientSecret.class, responseCode = "201")
  public Response create(@PathParam("unitId") long unitId) {
    return Envelopes.created(systemClients.create(unitId));
  }

  /** A new secret for the client; the old one stops working. Audited. */
  @POST
  @Path("/{clientId}/secret")
  @Operation(summary = "Rotate a system client's secret; the old one stops at once")
  @APIResponseSchema(value = UnitSystemClientSecret.class)
  public Response rotate(@PathParam("unitId") long unitId, @PathParam("clientId") String clientId) {
    return Envelopes.ok(systemClients.rotate(unitId, clientId));
  }

  /** Switches the client off or on ({@code {"enabled":false}}). Audited. */
  @PUT
  @Path("/{clientId}/enabled")
  @Operation(summary = "Switch a system client off or on")
  @APIResponseSchema(value = UnitSystemClient.class)
  @Consumes(MediaType.APPLICATION_JSON)
  public Response setEnabled(
      @PathParam("unitId") long unitId,
      @PathParam("clientId") String clientId,
      SystemClientStateRequest request) {
    if (request == null || request.enabled() == null) {
      throw MissingInputException.of("enabled", "systemClient.enabledMissing", "enabled");
    }
    return Envelopes.ok(systemClients.setEnabled(unitId, clientId, request.enabled()));
  }
}
