package org.onewindow.web.portal.casework;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.casework.domain.RealNameRequirement;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Step-up (001 7.2; C 0114 levels as the OIDC {@code acr}): takes an applicant whose login proves a
 * lower real-name level than a matter needs through a new OIDC login asking {@code acr_values} for
 * that level, and back to the matter's form ({@code apply.xhtml?matter=…&stepped=true}), whose
 * draft is in the database.
 *
 * <p>WildFly's OIDC client forwards only some parameters of a request to Keycloak ({@code prompt},
 * {@code max_age}, {@code ui_locales}, {@code scope}, hints) — not {@code acr_values}. So: (1) a
 * login that proves too little is ended here (this portal's session only; the Keycloak SSO session
 * stays, so no password is asked again), (2) the next request, to the login-protected {@code
 * …/fresh}, is challenged by the OIDC client — a redirect to Keycloak's authorization endpoint with
 * the client's own state and nonce — which {@link StepUpAcrExtension} extends by {@code acr_values}
 * before it leaves, (3) Keycloak runs its level sub-flow (the {@code real-name-verification}
 * required action for a user below the level) and returns the code here, which the OIDC client
 * redeems, and (4) the applicant goes back to the form. The service checks the level again from the
 * new token's acr.
 */
@WebServlet(StepUpServlet.PATH + "/*")
public class StepUpServlet extends HttpServlet {

  /** The servlet's path in the portal. */
  public static final String PATH = "/step-up";

  private static final long serialVersionUID = 1L;

  /**
   * {@code /<matter>/<level>}, then {@code /<matter>/<level>/fresh} for the new login: in the path,
   * because the round trip through Keycloak does not bring a query string back.
   */
  private static final Pattern TARGET = Pattern.compile("/([A-Za-z0-9._-]{1,64})/([1-4])(/fresh)?");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher target = TARGET.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!target.matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String matter = target.group(1);
    int level = RealNameRequirement.required(RealNameRequirement.levelOf(target.group(2)));
    boolean fresh = target.group(3) != null;
    String back =
        request.getContextPath()
            + "/apply.xhtml?matter="
            + URLEncoder.encode(matter, StandardCharsets.UTF_8)
            + "&stepped=true";
    Principal principal = request.getUserPrincipal();
    if (principal != null) {
      if (fresh || RealNameRequirement.satisfiedBy(level, acr(principal))) {
        // back from the new login (the form says whether the level was reached), or no need
        response.sendRedirect(back);
        return;
      }
      // (1) this portal login proves too little: end it here, then log in again at the level
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      response.sendRedirect(
          request.getContextPath() + PATH + "/" + matter + "/" + level + "/fresh");
      return;
    }
    // not reached: /step-up/* needs a login (web.xml); the fresh login's redirect to Keycloak
    // carries acr_values=<level> (StepUpAcrExtension)
    response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
  }

  /** The matter and level of a fresh step-up login's path ({@code /step-up/…/fresh}), or null. */
  static Matcher freshLogin(String relativePath) {
    if (relativePath == null || !relativePath.startsWith(PATH + "/")) {
      return null;
    }
    Matcher target = TARGET.matcher(relativePath.substring(PATH.length()));
    return target.matches() && target.group(3) != null ? target : null;
  }

  private static Object acr(Principal principal) {
    if (principal instanceof OidcPrincipal<?> oidc
        && oidc.getOidcSecurityContext() != null
        && oidc.getOidcSecurityContext().getToken() != null) {
      return oidc.getOidcSecurityContext().getToken().getClaimValue("acr");
    }
    return null;
  }
}
