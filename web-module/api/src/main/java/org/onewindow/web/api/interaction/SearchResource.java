package org.onewindow.web.api.interaction;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.onewindow.interaction.service.SearchRequest;
import org.onewindow.interaction.service.SearchResults;
import org.onewindow.interaction.service.SearchService;
import org.onewindow.web.api.ApiTexts;
import org.onewindow.web.api.Envelopes;
import org.onewindow.web.api.RenderedAnswers;

/**
 * {@code /api/v1/search}: the portal's search over the published implementation lists (001 7.4; 000
 * 8.1.2 b–c), its suggestions as a person types, and the hot words. Public, without a token, like
 * the published matters; a banned word is refused with 20000 and a message saying so.
 */
// one instance for every call (the HttpHeaders injected is RESTEasy's per-call proxy): a request
// scope would build the resource anew thousands of times a second (ADR 0014 "Performance")
@ApplicationScoped
@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

  /** As many as the search keeps pages (SearchCaches.MAX_RESULTS). */
  private static final RenderedAnswers RENDERED = new RenderedAnswers(2_000);

  @EJB private SearchService search;

  @Context private HttpHeaders headers;

  @GET
  @Operation(
      summary =
          "Search published matters by words, whole sentence, code or pinyin, with filters;"
              + " counts by category, department and region")
  @APIResponseSchema(value = SearchResults.class)
  @SecurityRequirements // public: no token (web.xml)
  public Response search(
      @QueryParam("q") String q,
      @QueryParam("matterType") String matterType,
      @QueryParam("nature") String nature,
      @QueryParam("target") String target,
      @QueryParam("level") String level,
      @QueryParam("divisionCode") String divisionCode,
      @QueryParam("agency") String agency,
      @QueryParam("sort") String sort,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("10") int limit) {
    SearchRequest request =
        new SearchRequest(
            q, matterType, nature, target, level, divisionCode, agency, sort, offset, limit);
    // a kept page is the same object call after call: its JSON is written once (ADR 0014)
    return RENDERED.ok(search.search(request, ApiTexts.languageOf(headers)));
  }

  @GET
  @Path("/suggestions")
  @Operation(summary = "Matter names for what is being typed: its start, its pinyin or initials")
  @APIResponseSchema(value = String[].class)
  @SecurityRequirements // public: no token (web.xml)
  public Response suggestions(@QueryParam("q") String q) {
    return Envelopes.ok(search.suggest(q));
  }

  @GET
  @Path("/hot-words")
  @Operation(summary = "The hot words: the administrators' first, then the most searched")
  @APIResponseSchema(value = String[].class)
  @SecurityRequirements // public: no token (web.xml)
  public Response hotWords() {
    return Envelopes.ok(search.hotWords());
  }
}
