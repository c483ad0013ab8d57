package org.onewindow.web.api.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.onewindow.crypto.ResponseCode;
import org.onewindow.identity.service.HolderCodeCheck;
import org.onewindow.identity.service.HolderCodeService;
import org.onewindow.web.api.ApiResponse;
import org.onewindow.web.api.ApiTexts;
import org.onewindow.web.api.Envelopes;
import org.onewindow.web.api.openapi.AnnexACodes;

/**
 * {@code /api/v1/holder-codes}: scan verification of enterprise and personal codes (000 8.1.2 k),
 * for anyone who scans one, without an account (web.xml). A code that stands answers code 0 with
 * the holder, masked; {@code data.verdict} names every other outcome: {@code TAMPERED} (20000 参数错误:
 * not what the platform signed), {@code EXPIRED}, {@code NOT_YET_VALID}, {@code REPLAYED} (20001
 * 服务器拒绝请求: the platform does not vouch for it now). A token verifies once. A verifier (the caller's
 * address, or its account when it sends a token) gets at most 30 verifications a minute: beyond,
 * 429 with 10019 系统业务繁忙，建议稍后重试, and nothing verified.
 */
@RequestScoped
@Path("/holder-codes")
@Produces(MediaType.APPLICATION_JSON)
public class HolderCodeResource {

  @EJB private HolderCodeService codes;

  @Context private HttpHeaders headers;

  @Context private HttpServletRequest http;

  @POST
  @Path("/verifications")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirements
  @Operation(summary = "Verify a scanned code's token: signature, time, first use")
  @APIResponseSchema(value = HolderCodeCheck.class)
  @Extension(name = AnnexACodes.EXTENSION, value = "400:20000 410:20001 429:10019")
  public Response verify(CodeVerificationRequest request) {
    HolderCodeCheck check =
        codes
            .verify(request == null ? null : request.token(), http.getRemoteAddr())
            .in(ApiTexts.languageOf(headers));
    return switch (check.verdict()) {
      case VALID -> Envelopes.ok(check);
      case TAMPERED -> error(400, ResponseCode.INVALID_PARAMETER, check);
      case EXPIRED, NOT_YET_VALID, REPLAYED -> error(410, ResponseCode.REQUEST_REFUSED, check);
    };
  }

  @GET
  @Path("/keys/{keyId}")
  @SecurityRequirements
  @Operation(summary = "The PEM of a code signing key, to verify codes with one's own tools")
  public Response key(@PathParam("keyId") String keyId) {
    return Envelopes.ok(codes.publicKey(keyId));
  }

  private static Response error(int status, ResponseCode code, HolderCodeCheck check) {
    return Response.status(status)
        .entity(new ApiResponse<>(code.code(), check.message(), check))
        .type(MediaType.APPLICATION_JSON_TYPE)
        .build();
  }
}
