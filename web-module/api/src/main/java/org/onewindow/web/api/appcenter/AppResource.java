package org.onewindow.web.api.appcenter;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.onewindow.appcenter.domain.CredentialReissue;
import org.onewindow.appcenter.service.AppBindingService;
import org.onewindow.appcenter.service.AppCatalogueService;
import org.onewindow.appcenter.service.AppCredentialService;
import org.onewindow.appcenter.service.AppFileService;
import org.onewindow.appcenter.service.AppFileView;
import org.onewindow.appcenter.service.AppMaintenanceService;
import org.onewindow.appcenter.service.AppNoteView;
import org.onewindow.appcenter.service.AppPublicationService;
import org.onewindow.appcenter.service.AppReviewService;
import org.onewindow.appcenter.service.AppTestModeService;
import org.onewindow.appcenter.service.AppView;
import org.onewindow.appcenter.service.IssuedApp;
import org.onewindow.appcenter.service.PublicationView;
import org.onewindow.appcenter.service.ReissuedCredentials;
import org.onewindow.common.MissingInputException;
import org.onewindow.identity.domain.UserField;
import org.onewindow.review.ReviewAction;
import org.onewindow.review.ReviewTransitionView;
import org.onewindow.web.api.Envelopes;
import org.onewindow.web.api.UploadNames;
import org.onewindow.web.api.openapi.AnnexACodes;

/**
 * {@code /api/v1/apps}: app onboarding (000 9.3): apply (keys issued once), bind interfaces, review
 * and publication. Bearer tokens of the realm (web.xml); the services check roles and rules.
 */
@RequestScoped
@Path("/apps")
@Produces(MediaType.APPLICATION_JSON)
public class AppResource {

  @EJB private AppCatalogueService catalogue;

  @EJB private AppBindingService bindings;

  @EJB private AppReviewService reviews;

  @EJB private AppPublicationService publications;

  @EJB private AppFileService files;

  @EJB private AppMaintenanceService maintenance;

  @EJB private AppCredentialService credentials;

  @EJB private AppTestModeService testMode;

  @GET
  @Operation(summary = "List the apps the caller may see")
  @APIResponseSchema(value = AppView[].class)
  public Response list() {
    return Envelopes.ok(catalogue.list());
  }

  /** 201 with the app and, this once, its SM4 key and (if generated) SM2 private key. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Apply for an app: its keys are answered this once")
  @APIResponseSchema(value = IssuedApp.class, responseCode = "201")
  @Extension(name = AnnexACodes.EXTENSION, value = "409:11001")
  public Response apply(AppRequest request) {
    if (request == null || request.unitId() == null) {
      throw MissingInputException.of("unitId", "appcenter.request.unitMissing", "unitId");
    }
    return Envelopes.created(
        credentials.apply(
            request.unitId(),
            request.name(),
            request.description(),
            request.pageUrl(),
            request.sm2PublicKey(),
            UserField.ofClaims(request.userFields())));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One app")
  @APIResponseSchema(value = AppView.class)
  public Response get(@PathParam("id") long id) {
    return Envelopes.ok(catalogue.get(id));
  }

  /**
   * Re-issues the app's SM4 key and/or SM2 key pair (000 9.3; 003 6.3.2.3): 200 with the app and,
   * this once, the new SM4 key and (if generated) SM2 private key. The old key stops working at
   * once on this node, within 5 s on the others.
   */
  @POST
  @Path("/{id}/credentials")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Re-issue the app's SM4 key and/or SM2 key pair, answered this once")
  @APIResponseSchema(value = ReissuedCredentials.class)
  public Response reissue(@PathParam("id") long id, CredentialRequest request) {
    if (request == null || request.empty()) {
      throw MissingInputException.of("credentials", "appcenter.request.credentialsMissing");
    }
    return Envelopes.ok(
        credentials.reissue(
            id, CredentialReissue.of(request.sm4Key(), request.sm2Key(), request.sm2PublicKey())));
  }

  @GET
  @Path("/{id}/bindings")
  @Operation(summary = "The interface ids bound to the app")
  @APIResponseSchema(value = Long[].class)
  public Response bindings(@PathParam("id") long id) {
    return Envelopes.ok(bindings.bound(id));
  }

  @POST
  @Path("/{id}/bindings")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Bind an interface to the app (its unit must hold a grant)")
  @APIResponseSchema(value = Long[].class, responseCode = "201")
  @Extension(name = AnnexACodes.EXTENSION, value = "409:11001")
  public Response bind(@PathParam("id") long id, BindingRequest request) {
    if (request == null || request.interfaceId() == null) {
      throw MissingInputException.of(
          "interfaceId", "appcenter.request.interfaceMissing", "interfaceId");
    }
    bindings.bind(id, request.interfaceId());
    return Envelopes.created(bindings.bound(id));
  }

  /**
   * Switches the gateway's test mode on for a draft app (000 9.3 功能测试; issue 14): for {@code
   * hours}, its bound interfaces at a test rate, counted as test traffic. Audited.
   */
  @PUT
  @Path("/{id}/test-mode")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Switch the gateway's test mode on for a draft app, for some hours")
  @APIResponseSchema(value = AppView.class)
  public Response startTestMode(@PathParam("id") long id, TestModeRequest request) {
    if (request == null || request.hours() == null) {
      throw MissingInputException.of("hours", "testMode.hoursMissing", "hours");
    }
    return Envelopes.ok(testMode.start(id, request.hours()));
  }

  /** Switches the app's test mode off. Audited. */
  @DELETE
  @Path("/{id}/test-mode")
  @Operation(summary = "Switch the app's test mode off")
  @APIResponseSchema(value = AppView.class)
  public Response stopTestMode(@PathParam("id") long id) {
    return Envelopes.ok(testMode.stop(id));
  }

  /** The app's gateway rate limit, calls per second per node; platform administrators only. */
  @PUT
  @Path("/{id}/rate-limit")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set the app's gateway rate limit (calls per second per node)")
  @APIResponseSchema(value = AppView.class)
  public Response limitRate(@PathParam("id") long id, RateLimitRequest request) {
    if (request == null || request.callsPerSecond() == null) {
      throw MissingInputException.of(
          "callsPerSecond", "appcenter.request.rateLimitMissing", "callsPerSecond");
    }
    return Envelopes.ok(credentials.limitRate(id, request.callsPerSecond()));
  }

  /**
   * Uploads one file of the app (000 9.3 应用上传) as the raw body; {@code X-File-Name} carries the
   * original name, URL-encoded (kept as metadata only). Kinds: h5-package, android-package, icon,
   * screenshot.
   */
  @PUT
  @Path("/{id}/files/{kind}")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary =
          "Upload one file of the app as the raw body (h5-package, android-package, icon, screenshot)")
  @APIResponseSchema(value = AppFileView.class, responseCode = "201")
  public Response upload(
      @PathParam("id") long id,
      @PathParam("kind") String kind,
      @HeaderParam("X-File-Name") String fileName,
      InputStream content) {
    String name = UploadNames.decode(fileName, "appcenter.request.fileName");
    return Envelopes.created(files.upload(id, kind, content, name));
  }

  @GET
  @Path("/{id}/files")
  @Operation(summary = "The app's files")
  @APIResponseSchema(value = AppFileView[].class)
  public Response files(@PathParam("id") long id) {
    return Envelopes.ok(files.files(id));
  }

  /** Publishes an approved app to halls with its display configuration, and puts it online. */
  @POST
  @Path("/{id}/publications")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Publish an approved app to halls and put it online")
  @APIResponseSchema(value = AppView.class)
  public Response publish(@PathParam("id") long id, PublicationRequest request) {
    if (request == null) {
      throw MissingInputException.of("body", "appcenter.request.bodyMissing");
    }
    return Envelopes.ok(
        publications.publish(
            id,
            request.hallIds(),
            request.displayName(),
            request.sortOrder() == null ? 100 : request.sortOrder()));
  }

  @GET
  @Path("/{id}/publications")
  @Operation(summary = "Where the app is published")
  @APIResponseSchema(value = PublicationView[].class)
  public Response publications(@PathParam("id") long id) {
    return Envelopes.ok(publications.publications(id));
  }

  /** Files the app in the catalogue (service object, theme, level, type). */
  @PUT
  @Path("/{id}/classification")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "File the app in the catalogue (service object, theme, level, type)")
  @APIResponseSchema(value = AppView.class)
  public Response classify(@PathParam("id") long id, ClassificationRequest request) {
    if (request == null) {
      throw MissingInputException.of("body", "appcenter.request.bodyMissing");
    }
    return Envelopes.ok(
        catalogue.classify(
            id,
            Catalogue.object(request.serviceObject()),
            request.theme(),
            Catalogue.level(request.serviceLevel()),
            Catalogue.type(request.appType())));
  }

  /** A functional test record, alarm, troubleshooting note or suggestion (000 9.3, 8.2.3 c–d). */
  @POST
  @Path("/{id}/notes")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Write a functional test record, alarm, troubleshooting note or suggestion")
  @APIResponseSchema(value = AppNoteView.class, responseCode = "201")
  public Response writeNote(@PathParam("id") long id, NoteRequest request) {
    if (request == null) {
      throw MissingInputException.of("body", "appcenter.request.bodyMissing");
    }
    return Envelopes.created(maintenance.write(id, request.kind(), request.text()));
  }

  @GET
  @Path("/{id}/notes")
  @Operation(summary = "The app's notes")
  @APIResponseSchema(value = AppNoteView[].class)
  public Response notes(@PathParam("id") long id) {
    return Envelopes.ok(maintenance.notes(id));
  }

  /** Starts rectification after a rejection or going offline (000 9.5): a new draft revision. */
  @POST
  @Path("/{id}/rectifications")
  @Operation(
      summary = "Start rectification: a new draft revision after a rejection or going offline")
  @APIResponseSchema(value = AppView.class)
  public Response rectify(@PathParam("id") long id) {
    return Envelopes.ok(reviews.rectify(id));
  }

  @GET
  @Path("/{id}/transitions")
  @Operation(summary = "The app's review history")
  @APIResponseSchema(value = ReviewTransitionView[].class)
  public Response history(@PathParam("id") long id) {
    return Envelopes.ok(reviews.history(id));
  }

  @POST
  @Path("/{id}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Perform a review action (submit, approve, reject, offline, ...)")
  @APIResponseSchema(value = AppView.class)
  @Extension(name = AnnexACodes.EXTENSION, value = "403:20001")
  public Response transition(@PathParam("id") long id, TransitionRequest request) {
    if (request == null || request.action() == null || request.action().isBlank()) {
      throw MissingInputException.of("action", "appcenter.request.actionMissing", "action");
    }
    return Envelopes.ok(
        reviews.perform(id, ReviewAction.parse(request.action()), request.reason()));
  }
}
