package org.onewindow.web.support;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.onewindow.common.LocalizedTexts;
import org.onewindow.identity.service.SessionRevocationService;
import org.wildfly.security.http.oidc.JsonWebToken;
import org.wildfly.security.http.oidc.OidcSecurityContext;

/**
 * Ends this client's session when the realm has ended the single sign-on session behind it.
 *
 * <p>WildFly's OIDC client keeps the tokens in the HTTP session and checks them only for expiry, so
 * a user logged out elsewhere would stay logged in here until the access token expired. Keycloak's
 * back-channel logout reaches one node; {@link SessionRevocationService} shares it with all; this
 * filter applies it to every request: the session is invalidated and a browser is sent back to the
 * same address, where the login the realm now demands begins. A bearer-token caller gets 401 in the
 * API envelope (003 Annex A 10008).
 */
@WebFilter(filterName = "revoked-session", urlPatterns = "/*")
public class RevokedSessionFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** 003 Annex A: the user is not authorised (sm-crypto's ResponseCode, not on this classpath). */
  private static final int NOT_AUTHORIZED = 10008;

  @EJB private SessionRevocationService revocations;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getAttribute(OidcSecurityContext.class.getName())
            instanceof OidcSecurityContext context
        && isRevoked(context)) {
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      if (context.getIDToken() == null) {
        refuseBearer(request, response);
      } else {
        sendBackToLogin(request, response);
      }
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean isRevoked(OidcSecurityContext context) {
    JsonWebToken token = context.getIDToken() != null ? context.getIDToken() : context.getToken();
    if (token == null) {
      return false;
    }
    Long authTime = token.getClaimValue("auth_time", Long.class);
    Long issuedAt = token.getIssuedAt();
    long loggedIn = authTime != null ? authTime : issuedAt != null ? issuedAt : 0L;
    return revocations.isRevoked(
        Optional.ofNullable(token.getClaimValueAsString("sid")),
        Optional.ofNullable(token.getSubject()),
        Instant.ofEpochSecond(loggedIn));
  }

  private static void refuseBearer(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType("application/json;charset=UTF-8");
    response.getOutputStream().write(unauthorized(request).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The 10008 envelope in the caller's language: Chinese unless {@code Accept-Language} puts
   * English first (the bundle's text holds no character JSON would need escaped).
   */
  static String unauthorized(HttpServletRequest request) {
    Locale language =
        request.getHeader("Accept-Language") == null
            ? Locale.CHINA
            : LocalizedTexts.preferred(Collections.list(request.getLocales()));
    return "{\"code\":"
        + NOT_AUTHORIZED
        + ",\"msg\":\""
        + LocalizedTexts.REFUSALS.format("common.unauthorized", language)
        + "\",\"data\":null}";
  }

  private static void sendBackToLogin(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    // A GET may simply be repeated; anything else (a JSF post) starts again at the client's root.
    String target =
        "GET".equals(request.getMethod())
            ? request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
            : request.getContextPath() + "/";
    response.setHeader("Cache-Control", "no-store");
    response.sendRedirect(target);
  }
}
