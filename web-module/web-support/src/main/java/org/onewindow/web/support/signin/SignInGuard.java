package org.onewindow.web.support.signin;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Turns WildFly's redirect to the realm's sign-in into a redirect to the platform's own page when
 * the realm does not answer (package documentation).
 *
 * <p>Why an Undertow handler and not a servlet filter: WildFly's OIDC mechanism challenges a
 * request to a protected page before any filter runs, by answering 302 to Keycloak itself. Only a
 * listener on the response's commit sees that answer before it leaves, and its headers may still
 * change then. Responses that do not send the browser into the realm pass untouched and never probe
 * it, so signed-in people never wait for Keycloak.
 */
final class SignInGuard implements HttpHandler {

  /** The platform's page, public in every WAR that carries web-support. */
  static final String PAGE = "/identity-unavailable";

  private final HttpHandler next;
  private final IdentityProviderProbe probe;
  private final String contextPath;

  SignInGuard(HttpHandler next, IdentityProviderProbe probe, String contextPath) {
    this.next = next;
    this.probe = probe;
    this.contextPath = contextPath;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    exchange.addResponseCommitListener(this::beforeCommit);
    next.handleRequest(exchange);
  }

  private void beforeCommit(HttpServerExchange exchange) {
    String location = exchange.getResponseHeaders().getFirst(Headers.LOCATION);
    if (!isRedirect(exchange.getStatusCode()) || !probe.isInRealm(location) || probe.reachable()) {
      return;
    }
    exchange.setStatusCode(StatusCodes.SEE_OTHER);
    exchange.getResponseHeaders().put(Headers.LOCATION, pageFor(exchange));
    exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
  }

  private static boolean isRedirect(int status) {
    return status == StatusCodes.FOUND
        || status == StatusCodes.SEE_OTHER
        || status == StatusCodes.TEMPORARY_REDIRECT;
  }

  /** Our page in this WAR, with the address the person asked for, to try again from. */
  private String pageFor(HttpServerExchange exchange) {
    String asked = exchange.getRequestURI();
    String query = exchange.getQueryString();
    if ("GET".equals(exchange.getRequestMethod().toString()) && query != null && !query.isEmpty()) {
      asked += "?" + query;
    }
    return contextPath + PAGE + "?return=" + URLEncoder.encode(asked, StandardCharsets.UTF_8);
  }
}
