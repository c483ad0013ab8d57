package org.onewindow.web.api.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.onewindow.crypto.ResponseCode;
import org.onewindow.identity.domain.LogoutTokenRejectedException;
import org.onewindow.identity.service.BackchannelLogoutService;
import org.onewindow.web.api.ApiResponse;
import org.onewindow.web.api.ApiTexts;

/**
 * {@code POST /api/v1/backchannel-logout}: the realm's back-channel logout endpoint for every
 * platform client (OpenID Connect Back-Channel Logout 1.0, 2.5; 004 5.4). Public: the logout
 * token's signature is the caller's credential. 200 when the session is revoked, 400 otherwise
 * (2.8) in the caller's language, and nothing changes; the rule the token broke is in the log and
 * the audit trail, where the realm's operators look, not in the answer.
 */
@RequestScoped
@Path("/backchannel-logout")
public class BackchannelLogoutResource {

  @EJB private BackchannelLogoutService logouts;

  @Context private HttpHeaders headers;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The realm's back-channel logout (OpenID Connect Back-Channel Logout 1.0); the logout token is the credential")
  @SecurityRequirements
  public Response logout(@FormParam("logout_token") String logoutToken) {
    try {
      logouts.logout(logoutToken);
      return Response.ok(ApiResponse.ok(null)).header("Cache-Control", "no-store").build();
    } catch (LogoutTokenRejectedException e) {
      return Response.status(Response.Status.BAD_REQUEST)
          .header("Cache-Control", "no-store")
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(
              ApiResponse.error(
                  ResponseCode.INVALID_PARAMETER, ApiTexts.text(headers, "logout.rejected")))
          .build();
    }
  }
}
