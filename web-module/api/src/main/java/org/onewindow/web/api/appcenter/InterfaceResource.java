package org.onewindow.web.api.appcenter;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.onewindow.appcenter.domain.AuthMode;
import org.onewindow.appcenter.domain.GatewaySettings;
import org.onewindow.appcenter.service.GatewaySettingsView;
import org.onewindow.appcenter.service.InterfaceRegistryService;
import org.onewindow.appcenter.service.InterfaceReviewService;
import org.onewindow.appcenter.service.InterfaceTestService;
import org.onewindow.appcenter.service.InterfaceTestView;
import org.onewindow.appcenter.service.InterfaceView;
import org.onewindow.appcenter.service.UsageDay;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.MissingInputException;
import org.onewindow.review.ReviewAction;
import org.onewindow.review.ReviewStatus;
import org.onewindow.review.ReviewTransitionView;
import org.onewindow.web.api.Envelopes;
import org.onewindow.web.api.openapi.AnnexACodes;
import org.onewindow.web.api.openapi.OpenApiFilter;

/**
 * {@code /api/v1/interfaces}: the interface registry (000 9.4.1–9.4.2) and its review. Bearer
 * tokens of the realm (web.xml); the services check roles and rules.
 */
@RequestScoped
@Path("/interfaces")
@Produces(MediaType.APPLICATION_JSON)
public class InterfaceResource {

  @EJB private InterfaceRegistryService registry;

  @EJB private InterfaceReviewService reviews;

  @EJB private InterfaceTestService tests;

  @GET
  @Operation(summary = "List the interfaces the caller may see, optionally by review status")
  @APIResponseSchema(value = InterfaceView[].class)
  public Response list(@QueryParam("status") String status) {
    return Envelopes.ok(registry.list(status == null || status.isBlank() ? null : status(status)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register an interface")
  @APIResponseSchema(value = InterfaceView.class, responseCode = "201")
  @Extension(name = AnnexACodes.EXTENSION, value = "409:11001")
  public Response register(InterfaceRequest request) {
    if (request == null) {
      throw MissingInputException.of("body", "appcenter.request.bodyMissing");
    }
    if (request.unitId() == null) {
      throw MissingInputException.of("unitId", "appcenter.request.unitMissing", "unitId");
    }
    return Envelopes.created(registry.register(request.unitId(), request.toDefinition()));
  }

  /** Registers a definition file (the document {@code GET /{id}/definition} gives). */
  @POST
  @Path("/imports")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register an interface from an exported definition document")
  @APIResponseSchema(value = InterfaceView.class, responseCode = "201")
  @Extension(name = AnnexACodes.EXTENSION, value = "409:11001")
  public Response importDefinition(@QueryParam("unitId") Long unitId, String document) {
    if (unitId == null) {
      throw MissingInputException.of("unitId", "appcenter.request.unitMissing", "unitId");
    }
    if (document == null || document.isBlank()) {
      throw MissingInputException.of("body", "appcenter.request.bodyMissing");
    }
    return Envelopes.created(registry.importDefinition(unitId, document));
  }

  /** The definition file itself (not enveloped: it is a document to keep or import). */
  @GET
  @Path("/{id}/definition")
  @Operation(summary = "Export the interface's definition (bare JSON, not in the envelope)")
  @APIResponseSchema(value = Map.class)
  @Extension(name = OpenApiFilter.ENVELOPE, value = "false", parseValue = true)
  public Response definition(@PathParam("id") long id) {
    return Response.ok(registry.exportJson(id), MediaType.APPLICATION_JSON_TYPE)
        .header("Content-Disposition", "attachment; filename=\"interface-" + id + ".json\"")
        .build();
  }

  /** The interface as OpenAPI 3 (not enveloped: tools read it as it is). */
  @GET
  @Path("/{id}/openapi")
  @Operation(
      summary = "Export the interface as an OpenAPI document (bare JSON, not in the envelope)")
  @APIResponseSchema(value = Map.class)
  @Extension(name = OpenApiFilter.ENVELOPE, value = "false", parseValue = true)
  public Response openApi(@PathParam("id") long id) {
    return Response.ok(registry.exportOpenApi(id), MediaType.APPLICATION_JSON_TYPE)
        .header("Content-Disposition", "attachment; filename=\"interface-" + id + "-openapi.json\"")
        .build();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One interface")
  @APIResponseSchema(value = InterfaceView.class)
  public Response get(@PathParam("id") long id) {
    return Envelopes.ok(registry.get(id));
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Revise a draft interface")
  @APIResponseSchema(value = InterfaceView.class)
  public Response revise(@PathParam("id") long id, InterfaceRequest request) {
    if (request == null) {
      throw MissingInputException.of("body", "appcenter.request.bodyMissing");
    }
    return Envelopes.ok(registry.revise(id, request.toDefinition()));
  }

  @GET
  @Path("/{id}/transitions")
  @Operation(summary = "The interface's review history")
  @APIResponseSchema(value = ReviewTransitionView[].class)
  public Response history(@PathParam("id") long id) {
    return Envelopes.ok(registry.history(id));
  }

  @POST
  @Path("/{id}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Perform a review action on the interface")
  @APIResponseSchema(value = InterfaceView.class)
  @Extension(name = AnnexACodes.EXTENSION, value = "403:20001")
  public Response transition(@PathParam("id") long id, TransitionRequest request) {
    if (request == null || request.action() == null || request.action().isBlank()) {
      throw MissingInputException.of("action", "appcenter.request.actionMissing", "action");
    }
    return Envelopes.ok(
        reviews.perform(id, ReviewAction.parse(request.action()), request.reason()));
  }

  /** How the gateway calls the interface, the platform's public key for it, and its figures. */
  @GET
  @Path("/{id}/gateway")
  @Operation(summary = "The interface's gateway settings and statistics")
  @APIResponseSchema(value = GatewaySettingsView.class)
  public Response gateway(@PathParam("id") long id) {
    return Envelopes.ok(registry.gateway(id));
  }

  @PUT
  @Path("/{id}/gateway")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change the interface's gateway settings (auth mode, timeout, retries)")
  @APIResponseSchema(value = GatewaySettingsView.class)
  public Response configureGateway(@PathParam("id") long id, GatewaySettingsRequest request) {
    if (request == null || request.authMode() == null) {
      throw MissingInputException.of("authMode", "appcenter.request.authModeMissing", "authMode");
    }
    registry.configureGateway(
        id,
        AuthMode.parse(request.authMode()),
        request.timeoutMillis() == null
            ? GatewaySettings.DEFAULT_TIMEOUT_MILLIS
            : request.timeoutMillis(),
        request.retries() == null ? 0 : request.retries());
    return Envelopes.ok(registry.gateway(id));
  }

  /** Runs a connectivity test (000 9.4.3): the platform sends the real request. */
  @POST
  @Path("/{id}/tests")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Call the interface's upstream once as a test and record the result")
  @APIResponseSchema(value = InterfaceTestView.class, responseCode = "201")
  @Extension(name = AnnexACodes.EXTENSION, value = "429:10019")
  public Response test(@PathParam("id") long id, TestRequest request) {
    return Envelopes.created(tests.test(id, request == null ? null : request.parameters()));
  }

  /**
   * Calls through the gateway per day, every node (000 8.2.3 b); {@code days} 1–366, default 30.
   */
  @GET
  @Path("/{id}/usage")
  @Operation(summary = "Daily gateway usage of the interface for the last days (default 30)")
  @APIResponseSchema(value = UsageDay[].class)
  public Response usage(@PathParam("id") long id, @QueryParam("days") Integer days) {
    return Envelopes.ok(registry.usage(id, days == null ? 30 : days));
  }

  @GET
  @Path("/{id}/tests")
  @Operation(summary = "The interface's test records")
  @APIResponseSchema(value = InterfaceTestView[].class)
  public Response testRecords(@PathParam("id") long id) {
    return Envelopes.ok(tests.records(id));
  }

  private static ReviewStatus status(String text) {
    try {
      return ReviewStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.keyed("status", "appcenter.request.status");
    }
  }
}
