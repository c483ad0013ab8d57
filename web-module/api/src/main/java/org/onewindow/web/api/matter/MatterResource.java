package org.onewindow.web.api.matter;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.onewindow.common.MissingInputException;
import org.onewindow.common.PageRequest;
import org.onewindow.matter.domain.MatterDraft;
import org.onewindow.matter.service.MatterCatalogueService;
import org.onewindow.matter.service.MatterEditingService;
import org.onewindow.matter.service.MatterFilter;
import org.onewindow.matter.service.MatterPage;
import org.onewindow.matter.service.MatterVersionView;
import org.onewindow.matter.service.MatterView;
import org.onewindow.review.ReviewAction;
import org.onewindow.review.ReviewTransitionView;
import org.onewindow.web.api.Envelopes;
import org.onewindow.web.api.openapi.AnnexACodes;

/**
 * {@code /api/v1/matters}: the implementation lists (001 7.1) — searched by facets (001 6.3) and
 * words a page at a time, read with their versions; drafted and edited by an access unit's
 * administrators (an edit of a published item makes its next version), submitted, and approved or
 * rejected by a platform administrator who did not write it; withdrawn.
 */
@RequestScoped
@Path("/matters")
@Produces(MediaType.APPLICATION_JSON)
public class MatterResource {

  @EJB private MatterCatalogueService catalogue;

  @EJB private MatterEditingService editing;

  @GET
  @Operation(
      summary =
          "Search the published implementation list (or, with workspace=true, the caller's latest"
              + " versions) by facets and words, a page at a time")
  @APIResponseSchema(value = MatterPage.class)
  public Response search(
      @QueryParam("q") String q,
      @QueryParam("matterType") String matterType,
      @QueryParam("nature") String nature,
      @QueryParam("target") String target,
      @QueryParam("agency") String agency,
      @QueryParam("theme") String theme,
      @QueryParam("level") String level,
      @QueryParam("jurisdiction") String jurisdiction,
      @QueryParam("divisionCode") String divisionCode,
      @QueryParam("workspace") @DefaultValue("false") boolean workspace,
      @QueryParam("state") String state,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit,
      @QueryParam("sort") String sort,
      @QueryParam("order") @DefaultValue("asc") String order) {
    MatterFilter filter =
        MatterFilter.of(
            q,
            matterType,
            nature,
            target,
            agency,
            theme,
            level,
            jurisdiction,
            divisionCode,
            workspace,
            state);
    PageRequest page = new PageRequest(offset, limit, sort, !"desc".equalsIgnoreCase(order));
    return Envelopes.ok(MatterPage.of(catalogue.search(filter, page)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Start a new implementation-list item as a draft (version 1)")
  @APIResponseSchema(value = MatterView.class, responseCode = "201")
  @Extension(name = AnnexACodes.EXTENSION, value = "409:11001 403:20001")
  public Response create(MatterRequest request) {
    MatterRequest body = required(request);
    return Envelopes.created(editing.createDraft(body.ownerUnit(), body.draft()));
  }

  @GET
  @Path("/{implementationCode}")
  @Operation(
      summary =
          "One item: its published version, or for its unit's editors its latest version when none"
              + " is published")
  @APIResponseSchema(value = MatterView.class)
  public Response get(@PathParam("implementationCode") String code) {
    return Envelopes.ok(catalogue.get(code));
  }

  @PUT
  @Path("/{implementationCode}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Edit the item: rewrites its open draft, or makes the next version (a draft) of a"
              + " published one")
  @APIResponseSchema(value = MatterView.class)
  public Response save(@PathParam("implementationCode") String code, MatterRequest request) {
    return Envelopes.ok(editing.saveDraft(code, required(request).draft()));
  }

  @GET
  @Path("/{implementationCode}/draft")
  @Operation(summary = "The item's latest version as a draft to edit, for its unit's editors")
  @APIResponseSchema(value = MatterDraft.class)
  public Response draft(@PathParam("implementationCode") String code) {
    return Envelopes.ok(editing.draftOf(code));
  }

  @GET
  @Path("/{implementationCode}/latest")
  @Operation(summary = "The item's latest version (a draft, under review), for its unit's editors")
  @APIResponseSchema(value = MatterView.class)
  public Response latest(@PathParam("implementationCode") String code) {
    return Envelopes.ok(catalogue.latest(code));
  }

  @GET
  @Path("/{implementationCode}/versions")
  @Operation(summary = "The item's versions, oldest first (unpublished ones for its editors only)")
  @APIResponseSchema(value = MatterVersionView[].class)
  public Response versions(@PathParam("implementationCode") String code) {
    return Envelopes.ok(catalogue.versions(code));
  }

  @GET
  @Path("/{implementationCode}/versions/{versionNumber}")
  @Operation(summary = "One version of the item in full")
  @APIResponseSchema(value = MatterView.class)
  public Response version(
      @PathParam("implementationCode") String code, @PathParam("versionNumber") int versionNumber) {
    return Envelopes.ok(catalogue.version(code, versionNumber));
  }

  @POST
  @Path("/{implementationCode}/submission")
  @Operation(summary = "Submit the item's draft for review")
  @APIResponseSchema(value = MatterView.class)
  public Response submit(@PathParam("implementationCode") String code) {
    return Envelopes.ok(editing.submit(code));
  }

  @POST
  @Path("/{implementationCode}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Submit, approve (publishes it, superseding the version in force) or reject with a"
              + " reason; nobody decides on a version they wrote or submitted")
  @APIResponseSchema(value = MatterView.class)
  @Extension(name = AnnexACodes.EXTENSION, value = "403:20001")
  public Response transition(
      @PathParam("implementationCode") String code, MatterTransitionRequest request) {
    if (request == null || request.action() == null) {
      throw MissingInputException.of("action", "matter.request.actionMissing");
    }
    return Envelopes.ok(
        editing.perform(code, ReviewAction.parse(request.action()), request.reason()));
  }

  @POST
  @Path("/{implementationCode}/withdrawal")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Withdraw the item from the published list, with a reason")
  @APIResponseSchema(value = MatterView.class)
  public Response withdraw(
      @PathParam("implementationCode") String code, MatterTransitionRequest request) {
    return Envelopes.ok(editing.withdraw(code, request == null ? null : request.reason()));
  }

  @GET
  @Path("/{implementationCode}/history")
  @Operation(summary = "The review history of every version of the item, oldest first")
  @APIResponseSchema(value = ReviewTransitionView[].class)
  public Response history(@PathParam("implementationCode") String code) {
    return Envelopes.ok(editing.history(code));
  }

  private static MatterRequest required(MatterRequest request) {
    if (request == null) {
      throw MissingInputException.of("body", "matter.request.bodyMissing");
    }
    return request;
  }
}
