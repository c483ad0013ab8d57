package org.onewindow.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Lets a page's own Content-Security-Policy take the place of the server's instead of joining it.
 *
 * <p>The server sends every page the platform's policy (ear/src/main/wildfly/undertow.cli, issue
 * 14). The console's PrimeFaces reads that policy and adds a fresh nonce for the scripts it writes
 * into the page ({@code primefaces.CSP_POLICY} in its web.xml), then <em>adds</em> the header. Two
 * policies are both enforced: the server's, without the nonce, would refuse those scripts and leave
 * PrimeFaces' widgets dead. So a page's policy replaces the one the server set; it is the same
 * policy plus the nonce, never looser.
 */
@WebFilter(filterName = "security-policy-header", urlPatterns = "/*")
public class SecurityPolicyHeaderFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String HEADER = "Content-Security-Policy";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(request, new PolicyReplacingResponse(response));
  }

  /**
   * A response on which adding the policy header sets it. Public: the console's {@code
   * primefaces.CSP_POLICY} expression reads the server's policy through it.
   */
  public static final class PolicyReplacingResponse extends HttpServletResponseWrapper {

    PolicyReplacingResponse(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (HEADER.equalsIgnoreCase(name)) {
        setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
