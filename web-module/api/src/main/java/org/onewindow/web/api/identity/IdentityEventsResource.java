package org.onewindow.web.api.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.onewindow.crypto.signing.RequestParts;
import org.onewindow.identity.domain.IdentityEventsRejectedException;
import org.onewindow.identity.service.IdentityEventService;
import org.onewindow.web.api.ApiTexts;
import org.onewindow.web.api.Envelopes;
import org.onewindow.web.api.openapi.AnnexACodes;
import org.onewindow.web.api.openapi.Payloads;

/**
 * {@code /api/v1/identity-events}: the realm's audit channel (README, "Identity events in the audit
 * trail"). Public to the OIDC layer: the realm's SM2 request signature is the caller's credential,
 * checked over the exact bytes received. A refused signature is 401 with its 003 Annex A code; a
 * malformed batch (signed, so from the realm itself) 400; nothing is kept from either.
 */
@RequestScoped
@Path("/identity-events")
public class IdentityEventsResource {

  @EJB private IdentityEventService intake;

  @Context private HttpServletRequest request;

  @Context private HttpHeaders headers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The realm's identity events batch, SM2-signed by the realm (the signature is the credential)")
  @APIResponseSchema(value = Payloads.EventsAccepted.class)
  @SecurityRequirements
  @Extension(name = AnnexACodes.EXTENSION, value = "401:20001 401:20003 401:20000 400:20003")
  public Response accept(byte[] body) {
    try {
      int added = intake.accept(parts("POST", body), request::getHeader);
      return Envelopes.ok(Map.of("accepted", added));
    } catch (IdentityEventsRejectedException e) {
      return refused(e);
    }
  }

  @GET
  @Path("/watermark")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The newest identity event already kept, per realm node (SM2-signed request)")
  @APIResponseSchema(value = Map.class)
  @SecurityRequirements
  @Extension(name = AnnexACodes.EXTENSION, value = "401:20001 401:20003 401:20000")
  public Response watermark() {
    try {
      return Envelopes.ok(intake.watermark(parts("GET", new byte[0]), request::getHeader));
    } catch (IdentityEventsRejectedException e) {
      return refused(e);
    }
  }

  private RequestParts parts(String method, byte[] body) {
    return new RequestParts(method, request.getRequestURI(), request.getQueryString(), body);
  }

  private Response refused(IdentityEventsRejectedException e) {
    // Whatever failed — a missing header, a stale timestamp, a bad signature — the caller is not
    // the realm: 401, with the code of the check that failed and its message (the code is in
    // "code", not repeated in "msg"; the detail stays in the log and the audit trail).
    // A stale timestamp's message says the server's time (issue 16 item 2).
    return Envelopes.error(
        401,
        e.code(),
        ApiTexts.text(headers, "signature." + e.error().name(), e.serverTimeMillis()));
  }
}
