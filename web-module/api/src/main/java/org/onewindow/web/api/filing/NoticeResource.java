package org.onewindow.web.api.filing;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.onewindow.notice.NoticeService;
import org.onewindow.notice.NoticeView;
import org.onewindow.web.api.ApiTexts;
import org.onewindow.web.api.Envelopes;

/** {@code /api/v1/notices}: the caller's own message centre (我的消息), newest first. */
@RequestScoped
@Path("/notices")
@Produces(MediaType.APPLICATION_JSON)
public class NoticeResource {

  @EJB private NoticeService notices;

  @Context private HttpHeaders headers;

  @GET
  @Operation(summary = "The caller's notices, newest first")
  @APIResponseSchema(value = NoticeView[].class)
  public Response mine(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    return Envelopes.ok(notices.mine(offset, limit, ApiTexts.languageOf(headers)));
  }

  @POST
  @Path("/{id}/read")
  @Operation(summary = "Mark one of the caller's notices read")
  public Response read(@PathParam("id") long id) {
    notices.markRead(id);
    return Envelopes.ok(notices.unread());
  }
}
