package org.onewindow.web.api.appcenter;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.onewindow.appcenter.service.InterfaceFeedbackService;
import org.onewindow.appcenter.service.InterfaceFeedbackView;
import org.onewindow.common.MissingInputException;
import org.onewindow.web.api.Envelopes;

/**
 * {@code /api/v1/interfaces/{id}/feedback}: sensitive words found in the interface's calls, fed
 * back to its provider (000 9.4.3 b), and the provider's acknowledgement. The service scopes both
 * to the interface's owner unit (another unit's: 404).
 */
@RequestScoped
@Path("/interfaces/{id}/feedback")
@Produces(MediaType.APPLICATION_JSON)
public class InterfaceFeedbackResource {

  @EJB private InterfaceFeedbackService feedback;

  @GET
  @Operation(summary = "Sensitive-word feedback on the interface's test answers")
  @APIResponseSchema(value = InterfaceFeedbackView[].class)
  public Response list(@PathParam("id") long id) {
    return Envelopes.ok(feedback.list(id));
  }

  @POST
  @Path("/{feedbackId}/acknowledgement")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Acknowledge a feedback item with a reply")
  @APIResponseSchema(value = InterfaceFeedbackView.class)
  public Response acknowledge(
      @PathParam("id") long id,
      @PathParam("feedbackId") long feedbackId,
      AcknowledgementRequest request) {
    if (request == null || request.reply() == null || request.reply().isBlank()) {
      throw MissingInputException.of("reply", "appcenter.request.replyMissing", "reply");
    }
    return Envelopes.ok(feedback.acknowledge(id, feedbackId, request.reply()));
  }
}
