package org.onewindow.web.api.filing;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.onewindow.common.Messages;
import org.onewindow.crypto.ResponseCode;
import org.onewindow.filing.domain.RecordFacts;
import org.onewindow.filing.service.FilingRecordService;
import org.onewindow.filing.service.VerificationView;
import org.onewindow.web.api.ApiResponse;
import org.onewindow.web.api.ApiTexts;
import org.onewindow.web.api.Envelopes;
import org.onewindow.web.api.openapi.AnnexACodes;

/**
 * {@code /api/v1/filing-records}: the public verification of filing records (issue 18 item 3) — no
 * login (web.xml). A valid record answers code 0; every other outcome answers its own message with
 * the Annex A code of its kind, and {@code data.outcome} names it exactly: {@code TAMPERED} (20000
 * 参数错误: the record or signature presented is not what the platform signed), {@code UNKNOWN} (20404:
 * no such record), {@code REVOKED}, {@code EXPIRED}, {@code NOT_YET_VALID} (20001 服务器拒绝请求: the
 * platform no longer, or not yet, vouches for it).
 */
@RequestScoped
@Path("/filing-records")
@Produces(MediaType.APPLICATION_JSON)
public class FilingRecordResource {

  @EJB private FilingRecordService records;

  @Context private HttpHeaders headers;

  @GET
  @Path("/{number}/verification")
  @Operation(summary = "Verify a record by its number and the signature its QR code carries")
  @APIResponseSchema(value = VerificationView.class)
  @Extension(name = AnnexACodes.EXTENSION, value = "400:20000 404:20404 410:20001")
  public Response verify(
      @PathParam("number") String number, @QueryParam("signature") String signature) {
    return answer(records.verify(number, signature));
  }

  @POST
  @Path("/verifications")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Verify a record presented in full: its facts and its signature")
  @APIResponseSchema(value = VerificationView.class)
  @Extension(name = AnnexACodes.EXTENSION, value = "400:20000 404:20404 410:20001")
  public Response verify(VerificationRequest request) {
    RecordFacts facts = request == null ? null : request.facts();
    if (facts == null) {
      return Envelopes.error(
          400,
          ResponseCode.PARAMETER_REQUIRED,
          Messages.text("filing.request.recordIncomplete", ApiTexts.languageOf(headers)));
    }
    return answer(records.verify(facts, request.signature()));
  }

  @GET
  @Path("/keys/{keyId}")
  @Operation(summary = "The PEM of a record signing key, to verify records with one's own tools")
  public Response key(@PathParam("keyId") String keyId) {
    return Envelopes.ok(records.publicKey(keyId));
  }

  private Response answer(VerificationView view) {
    VerificationView read = view.in(ApiTexts.languageOf(headers));
    return switch (read.outcome()) {
      case VALID -> Envelopes.ok(read);
      case TAMPERED -> error(400, ResponseCode.INVALID_PARAMETER, read);
      case UNKNOWN -> error(404, ResponseCode.NOT_FOUND, read);
      case REVOKED, EXPIRED, NOT_YET_VALID -> error(410, ResponseCode.REQUEST_REFUSED, read);
    };
  }

  private static Response error(int status, ResponseCode code, VerificationView view) {
    return Response.status(status)
        .entity(new ApiResponse<>(code.code(), view.message(), view))
        .type(MediaType.APPLICATION_JSON_TYPE)
        .build();
  }
}
