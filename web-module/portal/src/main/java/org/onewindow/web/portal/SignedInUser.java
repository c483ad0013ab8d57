package org.onewindow.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/** The portal's view of who is signed in, if anyone. */
@Named
@RequestScoped
public class SignedInUser {

  @Inject private HttpServletRequest request;

  public boolean isSignedIn() {
    return request.getUserPrincipal() != null;
  }

  public String getUsername() {
    Principal principal = request.getUserPrincipal();
    return principal == null ? "" : principal.getName();
  }
}
