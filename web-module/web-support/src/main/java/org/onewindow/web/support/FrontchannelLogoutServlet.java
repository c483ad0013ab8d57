package org.onewindow.web.support;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.onewindow.identity.service.FrontchannelLogoutService;
import org.wildfly.security.http.oidc.OidcSecurityContext;

/**
 * {@code GET /frontchannel-logout?iss=&sid=} in every OIDC WAR: the front-channel fallback (README,
 * "Single logout"). Checked and revoked by {@link FrontchannelLogoutService}; this browser's
 * session is invalidated on the spot. Public in each WAR's descriptor — an expired session must not
 * send the realm's hidden logout frame to a login page — and answered with an empty page that is
 * never cached (Front-Channel Logout 1.0, 3).
 */
@WebServlet(name = "frontchannel-logout", urlPatterns = "/frontchannel-logout")
public class FrontchannelLogoutServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final byte[] PAGE =
      "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>logout</title></head><body></body></html>"
          .getBytes(StandardCharsets.UTF_8);

  @EJB private FrontchannelLogoutService logouts;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpSession session = request.getSession(false);
    Optional<String> sessionSid = sessionSid(request, session);
    if (logouts.logout(request.getParameter("iss"), request.getParameter("sid"), sessionSid)
        && session != null) {
      try {
        session.invalidate();
      } catch (IllegalStateException alreadyInvalidated) {
        // the revocation filter of a parallel request got there first
      }
    }
    response.setHeader("Cache-Control", "no-cache, no-store");
    response.setHeader("Pragma", "no-cache");
    response.setContentType("text/html;charset=UTF-8");
    response.getOutputStream().write(PAGE);
  }

  /** The ID token's {@code sid} of the session WildFly's OIDC client keeps for this browser. */
  private static Optional<String> sessionSid(HttpServletRequest request, HttpSession session) {
    Object context = request.getAttribute(OidcSecurityContext.class.getName());
    if (!(context instanceof OidcSecurityContext) && session != null) {
      context = session.getAttribute(OidcSecurityContext.class.getName());
    }
    if (context instanceof OidcSecurityContext oidc && oidc.getIDToken() != null) {
      return Optional.ofNullable(oidc.getIDToken().getClaimValueAsString("sid"));
    }
    return Optional.empty();
  }
}
