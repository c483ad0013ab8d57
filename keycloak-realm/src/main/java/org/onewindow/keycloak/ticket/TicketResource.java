package org.onewindow.keycloak.ticket;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.oidc.utils.WebOriginsUtils;
import org.keycloak.services.managers.AuthenticationManager;
import org.onewindow.crypto.CryptoException;
import org.onewindow.crypto.ResponseCode;
import org.onewindow.crypto.mask.PersonNames;
import org.onewindow.crypto.signing.RequestParts;
import org.onewindow.crypto.signing.RequestRejectedException;
import org.onewindow.crypto.signing.VerifiedRequest;

/**
 * {@code /realms/{realm}/onewindow-tickets}: what the JSSDK calls from a light app's page with the
 * user's single sign-on cookie (000 9.2.3–9.2.5), and what the app's backend calls with its
 * SM2-signed request (000 9.2.1 b–d, 9.4.4 a). Browser calls are answered to the app's registered
 * web origins only (CORS with credentials), so no other site can obtain a ticket for the user.
 */
public class TicketResource {

  private static final Logger LOG = Logger.getLogger(TicketResource.class);

  /** The exchange body: {@code {"ticket":"..."}}, nothing more; the value is checked apart. */
  private static final Pattern EXCHANGE_BODY =
      Pattern.compile("\\s*\\{\\s*\"ticket\"\\s*:\\s*\"([^\"\\\\]*)\"\\s*}\\s*");

  /** A body that names no ticket at all: empty, or an empty object. */
  private static final Pattern NO_TICKET = Pattern.compile("\\s*(\\{\\s*})?\\s*");

  /** What {@link IssuedTicket} issues: Base64url, never longer than this. */
  private static final Pattern TICKET = Pattern.compile("[A-Za-z0-9_-]{1,128}");

  private static final int MAX_BODY = 1024;

  private final KeycloakSession session;
  private final TicketSettings settings;

  TicketResource(KeycloakSession session, TicketSettings settings) {
    this.session = session;
    this.settings = settings;
  }

  private RealmModel realm() {
    return session.getContext().getRealm();
  }

  /** CORS preflight for the browser calls. */
  @OPTIONS
  @Path("{path:.*}")
  public Response preflight(@PathParam("path") String path, @QueryParam("app") String appId) {
    Response.ResponseBuilder response = Response.noContent();
    return withCors(response, appId)
        .header("Access-Control-Allow-Methods", "GET, POST")
        .header("Access-Control-Allow-Headers", "Content-Type")
        .header("Access-Control-Max-Age", "600")
        .build();
  }

  /** Whether the user is logged in to the platform (000 9.2.4: loginapp decides on this). */
  @GET
  @Path("session")
  @Produces(MediaType.APPLICATION_JSON)
  public Response loginState(@QueryParam("app") String appId) {
    if (AppRegistration.find(session, realm(), appId).isEmpty()) {
      return unknownApp();
    }
    boolean loggedIn = authenticatedSession().isPresent();
    return withCors(Envelope.ok(Map.of("loggedIn", Boolean.toString(loggedIn))), appId).build();
  }

  /** 000 9.2.3: a one-time ticket for the logged-in user and this app. */
  @POST
  @Path("tickets")
  @Produces(MediaType.APPLICATION_JSON)
  public Response issue(@QueryParam("app") String appId) {
    Optional<AppRegistration> app = AppRegistration.find(session, realm(), appId);
    if (app.isEmpty()) {
      return unknownApp();
    }
    if (!originAllowed(app.get())) {
      // A page of another site asking for this app's ticket: nothing to say to it.
      return Envelope.error(403, ResponseCode.NOT_AUTHORIZED, text("ticket.originNotRegistered"))
          .build();
    }
    Optional<AuthenticationManager.AuthResult> auth = authenticatedSession();
    if (auth.isEmpty()) {
      return withCors(
              Envelope.error(401, ResponseCode.NOT_AUTHORIZED, text("ticket.notLoggedIn")), appId)
          .build();
    }
    String ticket =
        new IssuedTicket(auth.get().user().getId(), auth.get().session().getId(), appId)
            .issue(session.singleUseObjects());
    return withCors(Envelope.ok(Map.of("ticket", ticket)), appId).build();
  }

  /** 000 9.2.5: ends the user's single sign-on session, and with it every client's session. */
  @POST
  @Path("logout")
  @Produces(MediaType.APPLICATION_JSON)
  public Response logout(@QueryParam("app") String appId) {
    Optional<AppRegistration> app = AppRegistration.find(session, realm(), appId);
    if (app.isEmpty()) {
      return unknownApp();
    }
    if (!originAllowed(app.get())) {
      return Envelope.error(403, ResponseCode.NOT_AUTHORIZED, text("ticket.originNotRegistered"))
          .build();
    }
    authenticatedSession()
        .ifPresent(
            auth -> {
              // Back-channel logout of every client of the session (004 5.4), then the cookies.
              AuthenticationManager.backchannelLogout(session, auth.session(), true);
              AuthenticationManager.expireIdentityCookie(session);
            });
    return withCors(Envelope.ok(Map.of()), appId).build();
  }

  /**
   * 000 9.2.1 b–d: the app's backend trades a ticket for the user's info, sealed under the app's
   * SM4 key and signed by the platform. The call must be the app's own (SM2 request signature).
   */
  @POST
  @Path("exchanges")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response exchange(@QueryParam("claims") String claimsEncoding, byte[] body) {
    if (body == null || body.length > MAX_BODY) {
      return Envelope.error(400, ResponseCode.INVALID_PARAMETER, text("ticket.bodyInvalid"))
          .build();
    }
    VerifiedRequest caller;
    try {
      URI uri = session.getContext().getUri().getRequestUri();
      HttpHeaders headers = session.getContext().getRequestHeaders();
      caller =
          settings
              .requestVerifier(session, realm())
              .verify(RequestParts.of("POST", uri, body), headers::getHeaderString);
    } catch (RequestRejectedException e) {
      LOG.infof("ticket exchange refused: %s", e.getMessage());
      // The server's time lets an integrator whose clock drifted see by how much (issue 16).
      String message =
          TicketTexts.text(
              session.getContext().getRequestHeaders(),
              "signature." + e.error().name(),
              System.currentTimeMillis());
      return Envelope.error(401, e.error().responseCode(), message).build();
    }
    // Checked before the ticket is taken, so a misspelt parameter does not spend it.
    ClaimsEncoding encoding = ClaimsEncoding.of(claimsEncoding);
    if (encoding == null) {
      return Envelope.error(400, ResponseCode.INVALID_PARAMETER, text("ticket.claimsEncoding"))
          .build();
    }
    String text = new String(body, StandardCharsets.UTF_8);
    Matcher matcher = EXCHANGE_BODY.matcher(text);
    // 003 Annex A: nothing to read is 20003 参数不能为空; something malformed is 20000 参数错误.
    if (NO_TICKET.matcher(text).matches() || (matcher.matches() && matcher.group(1).isBlank())) {
      return Envelope.error(400, ResponseCode.PARAMETER_REQUIRED, text("ticket.missing")).build();
    }
    if (!matcher.matches()) {
      return Envelope.error(400, ResponseCode.INVALID_PARAMETER, text("ticket.bodyShape")).build();
    }
    if (!TICKET.matcher(matcher.group(1)).matches()) {
      return Envelope.error(400, ResponseCode.INVALID_PARAMETER, text("ticket.malformed")).build();
    }
    Optional<IssuedTicket> ticket = IssuedTicket.take(session.singleUseObjects(), matcher.group(1));
    if (ticket.isEmpty()) {
      LOG.infof("ticket exchange refused for app %s: unknown, used or lapsed", caller.appKey());
      return Envelope.error(400, ResponseCode.INVALID_AUTHORIZATION_CODE, text("ticket.invalid"))
          .build();
    }
    if (!ticket.get().appId().equals(caller.appKey())) {
      // Taken all the same: a ticket shown to the wrong app is spent.
      LOG.warnf("app %s presented a ticket issued to %s", caller.appKey(), ticket.get().appId());
      return Envelope.error(403, ResponseCode.NOT_AUTHORIZED, text("ticket.notAuthorized")).build();
    }
    UserSessionModel userSession =
        session.sessions().getUserSession(realm(), ticket.get().userSessionId());
    UserModel user = userSession == null ? null : userSession.getUser();
    if (user == null || !user.isEnabled()) {
      return Envelope.error(403, ResponseCode.NOT_AUTHORIZED, text("ticket.notAuthorized")).build();
    }
    AppRegistration app = AppRegistration.find(session, realm(), caller.appKey()).orElseThrow();
    // 000 10.3 h, 003 6.3.2.1 b–c: every light app — the realm file's demo app as much as an
    // onboarded one — gets nothing before the user agreed, then only its approved fields.
    Optional<Set<String>> released;
    try {
      released = settings.consents().releasedFields(app.appId(), user.getUsername());
    } catch (IOException | CryptoException e) {
      LOG.errorf("no consent decision for app %s: %s", app.appId(), e.getMessage());
      return Envelope.error(503, ResponseCode.BUSY_RETRY_LATER, text("ticket.busy")).build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Envelope.error(503, ResponseCode.BUSY_RETRY_LATER, text("ticket.busy")).build();
    }
    if (released.isEmpty()) {
      LOG.infof("app %s has no consent of the ticket's user: no user info", app.appId());
      return Envelope.error(403, ResponseCode.NOT_AUTHORIZED, text("ticket.noConsent")).build();
    }
    Map<String, String> info = releasedInfo(user, released.get());
    try {
      String sealed =
          encoding.seal(
              settings.sealer(),
              app.appId(),
              app.sm4Key(settings.keyRing()),
              info,
              Instant.now(),
              IssuedTicket.LIFETIME);
      return Envelope.ok(Map.of("userInfo", sealed)).build();
    } catch (CryptoException e) {
      LOG.errorf("cannot seal user info for app %s: %s", app.appId(), e.getMessage());
      return Envelope.error(500, ResponseCode.SYSTEM_BUSY, text("ticket.busy")).build();
    }
  }

  /** The platform's ticket-signing public key, PEM, for light apps to pin (000 9.4.4 a). */
  @GET
  @Path("platform-key")
  @Produces(MediaType.APPLICATION_JSON)
  public Response platformKey() {
    try {
      return Envelope.ok(Map.of("publicKey", settings.signingKey().publicKey().toPem())).build();
    } catch (CryptoException e) {
      LOG.errorf("no ticket-signing key: %s", e.getMessage());
      return Envelope.error(500, ResponseCode.SYSTEM_BUSY, text("ticket.busy")).build();
    }
  }

  /**
   * The same key as bare PEM, for shell users and tools that read a key file ({@code curl -o
   * platform.pem …}, then {@code openssl dgst -verify platform.pem}); docs/wire-formats.md §4.
   */
  @GET
  @Path("platform-key.pem")
  @Produces("application/x-pem-file")
  public Response platformKeyPem() {
    try {
      return Response.ok(settings.signingKey().publicKey().toPem())
          .type("application/x-pem-file")
          .build();
    } catch (CryptoException e) {
      LOG.errorf("no ticket-signing key: %s", e.getMessage());
      return Envelope.error(500, ResponseCode.SYSTEM_BUSY, text("ticket.busy")).build();
    }
  }

  /** All an app could be given of the user; {@link #releasedInfo} picks what it may receive. */
  static Map<String, String> userInfo(UserModel user) {
    Map<String, String> info = new TreeMap<>();
    info.put("userId", user.getId());
    info.put("username", user.getUsername());
    // 王建国 for a Chinese name (family name first, no space), John Smith for a Latin one.
    String name = PersonNames.display(user.getLastName(), user.getFirstName());
    if (name != null) {
      info.put("name", name);
    }
    for (String attribute : new String[] {"realNameLevel", "mobile"}) {
      String value = user.getFirstAttribute(attribute);
      if (value != null && !value.isBlank()) {
        info.put(attribute, value);
      }
    }
    return info;
  }

  /**
   * What an app receives once the user agreed: the user's opaque id and real-name level, and of the
   * personal fields ({@code name}, {@code mobile}, {@code idNumber}) only those {@code released}
   * names; an absent one is left out, never empty.
   */
  static Map<String, String> releasedInfo(UserModel user, Set<String> released) {
    Map<String, String> all = userInfo(user);
    String idNumber = user.getFirstAttribute("idNumber");
    if (idNumber != null && !idNumber.isBlank()) {
      all.put("idNumber", idNumber);
    }
    Map<String, String> info = new TreeMap<>();
    for (Map.Entry<String, String> claim : all.entrySet()) {
      if (ALWAYS_RELEASED.contains(claim.getKey()) || released.contains(claim.getKey())) {
        info.put(claim.getKey(), claim.getValue());
      }
    }
    return info;
  }

  /** Not personal data of 003 6.3.2.1 c's kind: every consented app gets them. */
  private static final Set<String> ALWAYS_RELEASED = Set.of("userId", "realNameLevel");

  private Optional<AuthenticationManager.AuthResult> authenticatedSession() {
    return Optional.ofNullable(
        AuthenticationManager.authenticateIdentityCookie(session, realm(), true));
  }

  private boolean originAllowed(AppRegistration app) {
    String origin = session.getContext().getRequestHeaders().getHeaderString("Origin");
    return origin != null && allowedOrigins(app).contains(origin);
  }

  private Set<String> allowedOrigins(AppRegistration app) {
    return WebOriginsUtils.resolveValidWebOrigins(session, app.client());
  }

  /** Adds the CORS answer when the request's origin is one the app registered. */
  private Response.ResponseBuilder withCors(Response.ResponseBuilder response, String appId) {
    String origin = session.getContext().getRequestHeaders().getHeaderString("Origin");
    Optional<AppRegistration> app = AppRegistration.find(session, realm(), appId);
    if (origin != null && app.isPresent() && allowedOrigins(app.get()).contains(origin)) {
      response
          .header("Access-Control-Allow-Origin", origin)
          .header("Access-Control-Allow-Credentials", "true")
          .header("Vary", "Origin");
    }
    return response;
  }

  /** A message in the caller's language (Accept-Language), Chinese first. */
  private String text(String key) {
    return TicketTexts.text(session.getContext().getRequestHeaders(), key);
  }

  private Response unknownApp() {
    return Envelope.error(400, ResponseCode.INVALID_PARAMETER, text("ticket.appNotRegistered"))
        .build();
  }
}
