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
import org.onewindow.appcenter.service.SensitiveWordService;
import org.onewindow.crypto.ResponseCode;
import org.onewindow.web.api.Envelopes;

/**
 * {@code /api/v1/sensitive-words}: the lexicon the connectivity tests flag (000 9.4.3 b), as the
 * console's 敏感词库 keeps it; platform administrators and reviewers only (the service checks).
 */
@RequestScoped
@Path("/sensitive-words")
@Produces(MediaType.APPLICATION_JSON)
public class SensitiveWordResource {

  @EJB private SensitiveWordService lexicon;

  @GET
  public Response list() {
    return Envelopes.ok(lexicon.list());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response add(SensitiveWordRequest request) {
    if (request == null || request.word() == null || request.word().isBlank()) {
      return Envelopes.error(400, ResponseCode.PARAMETER_REQUIRED, "敏感词（word）不能为空");
    }
    return Envelopes.created(lexicon.add(request.word()));
  }

  @DELETE
  @Path("/{id}")
  public Response remove(@PathParam("id") long id) {
    lexicon.remove(id);
    return Envelopes.ok(null);
  }
}
