package org.onewindow.web.api.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.onewindow.crypto.ResponseCode;
import org.onewindow.identity.domain.LogoutTokenRejectedException;
import org.onewindow.identity.service.BackchannelLogoutService;
import org.onewindow.web.api.ApiResponse;

/**
 * {@code POST /api/v1/backchannel-logout}: the realm's back-channel logout endpoint for every
 * platform client (OpenID Connect Back-Channel Logout 1.0, 2.5; 004 5.4). Public: the logout
 * token's signature is the caller's credential. 200 when the session is revoked, 400 with the rule
 * the token broke otherwise (2.8), and nothing changes.
 */
@RequestScoped
@Path("/backchannel-logout")
public class BackchannelLogoutResource {

  @EJB private BackchannelLogoutService logouts;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  public Response logout(@FormParam("logout_token") String logoutToken) {
    try {
      logouts.logout(logoutToken);
      return Response.ok(ApiResponse.ok(null)).header("Cache-Control", "no-store").build();
    } catch (LogoutTokenRejectedException e) {
      return Response.status(Response.Status.BAD_REQUEST)
          .header("Cache-Control", "no-store")
          .entity(ApiResponse.error(ResponseCode.INVALID_PARAMETER, e.getMessage()))
          .build();
    }
  }
}
