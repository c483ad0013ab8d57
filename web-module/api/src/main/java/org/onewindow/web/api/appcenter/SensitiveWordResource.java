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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.onewindow.appcenter.service.SensitiveWordService;
import org.onewindow.appcenter.service.SensitiveWordView;
import org.onewindow.common.MissingInputException;
import org.onewindow.web.api.Envelopes;
import org.onewindow.web.api.openapi.AnnexACodes;

/**
 * {@code /api/v1/sensitive-words}: the lexicon interface tests flag words from (000 9.4.3 b), the
 * same service and rules as the console's 敏感词库 page: platform administrators and reviewers only
 * (anyone else 403, 10008), a blank, overlong or multi-line word 400 (20000), a word the lexicon
 * has 409 (11001), every change audited.
 */
@RequestScoped
@Path("/sensitive-words")
@Produces(MediaType.APPLICATION_JSON)
public class SensitiveWordResource {

  @EJB private SensitiveWordService lexicon;

  @GET
  @Operation(summary = "The sensitive-word lexicon")
  @APIResponseSchema(value = SensitiveWordView[].class)
  public Response list() {
    return Envelopes.ok(lexicon.list());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a sensitive word")
  @APIResponseSchema(value = SensitiveWordView.class, responseCode = "201")
  @Extension(name = AnnexACodes.EXTENSION, value = "409:11001")
  public Response add(WordRequest request) {
    if (request == null || request.word() == null) {
      throw MissingInputException.of("word", "appcenter.request.wordMissing", "word");
    }
    return Envelopes.created(lexicon.add(request.word()));
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Remove a sensitive word")
  public Response remove(@PathParam("id") long id) {
    lexicon.remove(id);
    return Envelopes.ok(null);
  }
}
