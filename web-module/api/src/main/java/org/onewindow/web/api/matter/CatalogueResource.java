package org.onewindow.web.api.matter;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.onewindow.common.MissingInputException;
import org.onewindow.common.PageRequest;
import org.onewindow.matter.domain.Choices;
import org.onewindow.matter.domain.MatterType;
import org.onewindow.matter.service.CataloguePage;
import org.onewindow.matter.service.CatalogueView;
import org.onewindow.matter.service.MatterCatalogueService;
import org.onewindow.web.api.Envelopes;

/**
 * {@code /api/v1/catalogue}: the basic catalogue (基本目录, 002 6.2 a) the national platform hands
 * down, read a page at a time; a platform administrator may keep an item by hand.
 */
@RequestScoped
@Path("/catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

  @EJB private MatterCatalogueService catalogue;

  @GET
  @Operation(summary = "Search the basic catalogue by words in the code or name and a type")
  @APIResponseSchema(value = CataloguePage.class)
  public Response search(
      @QueryParam("q") String q,
      @QueryParam("matterType") String matterType,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit,
      @QueryParam("sort") String sort,
      @QueryParam("order") @DefaultValue("asc") String order) {
    MatterType type = Choices.optional(MatterType.class, "matterType", matterType);
    PageRequest page = new PageRequest(offset, limit, sort, !"desc".equalsIgnoreCase(order));
    return Envelopes.ok(CataloguePage.of(catalogue.catalogue(q, type, page)));
  }

  @GET
  @Path("/{basicCode}")
  @Operation(summary = "One basic catalogue item")
  @APIResponseSchema(value = CatalogueView.class)
  public Response get(@PathParam("basicCode") String basicCode) {
    return Envelopes.ok(catalogue.catalogueItem(basicCode));
  }

  @PUT
  @Path("/{basicCode}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Keep a basic catalogue item by hand (platform administrators), as the sync would")
  @APIResponseSchema(value = CatalogueView.class)
  public Response keep(@PathParam("basicCode") String basicCode, CatalogueItemRequest request) {
    if (request == null) {
      throw MissingInputException.of("body", "matter.request.bodyMissing");
    }
    return Envelopes.ok(
        catalogue.keepCatalogueItem(
            basicCode,
            request.name(),
            request.matterType(),
            request.settingBasis(),
            request.exerciseLevels()));
  }
}
