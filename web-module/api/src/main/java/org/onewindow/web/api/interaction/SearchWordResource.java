package org.onewindow.web.api.interaction;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.onewindow.common.MissingInputException;
import org.onewindow.interaction.service.LexiconEntry;
import org.onewindow.interaction.service.SearchLexiconService;
import org.onewindow.web.api.Envelopes;

/**
 * {@code /api/v1/search-words}: search management (001 7.4) — the synonyms, stop, banned and hot
 * words, for platform administrators (the service's rule); a change is in force on every node
 * within a second, without a restart or a reindex.
 */
@RequestScoped
@Path("/search-words")
@Produces(MediaType.APPLICATION_JSON)
public class SearchWordResource {

  @EJB private SearchLexiconService lexicon;

  @GET
  @Operation(summary = "The lexicon's words, of one kind or all")
  @APIResponseSchema(value = LexiconEntry[].class)
  public Response list(@QueryParam("kind") String kind) {
    return Envelopes.ok(lexicon.list(kind));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a synonym group, a stop, banned or hot word")
  @APIResponseSchema(value = LexiconEntry.class, responseCode = "201")
  public Response add(SearchWordRequest request) {
    if (request == null) {
      throw MissingInputException.of("word", "interaction.lexicon.body");
    }
    return Envelopes.created(lexicon.add(request.kind(), request.word(), request.synonyms()));
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Remove a word")
  public Response remove(@PathParam("id") long id) {
    lexicon.remove(id);
    return Envelopes.ok(null);
  }
}
