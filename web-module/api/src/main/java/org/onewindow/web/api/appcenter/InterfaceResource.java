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
import org.onewindow.appcenter.domain.AuthMode;
import org.onewindow.appcenter.domain.GatewaySettings;
import org.onewindow.appcenter.service.InterfaceRegistryService;
import org.onewindow.appcenter.service.InterfaceReviewService;
import org.onewindow.appcenter.service.InterfaceTestService;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.MissingInputException;
import org.onewindow.review.ReviewAction;
import org.onewindow.review.ReviewStatus;
import org.onewindow.web.api.Envelopes;

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
  public Response list(@QueryParam("status") String status) {
    return Envelopes.ok(registry.list(status == null || status.isBlank() ? null : status(status)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
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
  public Response definition(@PathParam("id") long id) {
    return Response.ok(registry.exportJson(id), MediaType.APPLICATION_JSON_TYPE)
        .header("Content-Disposition", "attachment; filename=\"interface-" + id + ".json\"")
        .build();
  }

  /** The interface as OpenAPI 3 (not enveloped: tools read it as it is). */
  @GET
  @Path("/{id}/openapi")
  public Response openApi(@PathParam("id") long id) {
    return Response.ok(registry.exportOpenApi(id), MediaType.APPLICATION_JSON_TYPE)
        .header("Content-Disposition", "attachment; filename=\"interface-" + id + "-openapi.json\"")
        .build();
  }

  @GET
  @Path("/{id}")
  public Response get(@PathParam("id") long id) {
    return Envelopes.ok(registry.get(id));
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response revise(@PathParam("id") long id, InterfaceRequest request) {
    if (request == null) {
      throw MissingInputException.of("body", "appcenter.request.bodyMissing");
    }
    return Envelopes.ok(registry.revise(id, request.toDefinition()));
  }

  @GET
  @Path("/{id}/transitions")
  public Response history(@PathParam("id") long id) {
    return Envelopes.ok(registry.history(id));
  }

  @POST
  @Path("/{id}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
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
  public Response gateway(@PathParam("id") long id) {
    return Envelopes.ok(registry.gateway(id));
  }

  @PUT
  @Path("/{id}/gateway")
  @Consumes(MediaType.APPLICATION_JSON)
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
  public Response test(@PathParam("id") long id, TestRequest request) {
    return Envelopes.created(tests.test(id, request == null ? null : request.parameters()));
  }

  /**
   * Calls through the gateway per day, every node (000 8.2.3 b); {@code days} 1–366, default 30.
   */
  @GET
  @Path("/{id}/usage")
  public Response usage(@PathParam("id") long id, @QueryParam("days") Integer days) {
    return Envelopes.ok(registry.usage(id, days == null ? 30 : days));
  }

  @GET
  @Path("/{id}/tests")
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
