package org.onewindow.web.api.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
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
import org.onewindow.identity.domain.ConsentDecision;
import org.onewindow.identity.domain.IdentityEventsRejectedException;
import org.onewindow.identity.domain.UserField;
import org.onewindow.identity.service.ConsentDecisionService;
import org.onewindow.web.api.ApiTexts;
import org.onewindow.web.api.Envelopes;
import org.onewindow.web.api.openapi.AnnexACodes;

/**
 * {@code /api/v1/consent-decisions}: the realm's question at each ticket exchange — what may this
 * light app have of this user (000 10.3 h; 003 6.3.2.1 b–c)? Public to the OIDC layer: the realm's
 * SM2 request signature (the identity events' key) is the caller's credential. The answer is {@code
 * {"consented":…,"fields":["name",…]}}; the realm hands the app nothing else.
 */
@RequestScoped
@Path("/consent-decisions")
public class ConsentDecisionsResource {

  @EJB private ConsentDecisionService decisions;

  @Context private HttpServletRequest request;

  @Context private HttpHeaders headers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "What a light app may receive of a user: the realm asks at each ticket exchange (SM2-signed by the realm)")
  @APIResponseSchema(value = Map.class)
  @SecurityRequirements
  @Extension(name = AnnexACodes.EXTENSION, value = "401:20001 401:20003 401:20000 400:20000")
  public Response decide(byte[] body) {
    try {
      ConsentDecision decision =
          decisions.decide(
              new RequestParts("POST", request.getRequestURI(), request.getQueryString(), body),
              request::getHeader);
      return Envelopes.ok(
          Map.of(
              "consented",
              decision.consented(),
              "fields",
              decision.fields().stream().sorted().map(UserField::claim).toList()));
    } catch (IdentityEventsRejectedException e) {
      return Envelopes.error(
          401,
          e.code(),
          ApiTexts.text(headers, "signature." + e.error().name(), e.serverTimeMillis()));
    }
  }
}
