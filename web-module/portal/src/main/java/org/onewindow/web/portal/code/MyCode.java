package org.onewindow.web.portal.code;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.onewindow.identity.service.HolderCodeService;

/**
 * The holder's own code (000 8.1.2 k; issue 20 item 8): a fresh code on every visit, which the
 * page's script renews before it expires ({@link CurrentCodeServlet}). Never cached: a code is a
 * short-lived credential.
 */
@Named
@RequestScoped
public class MyCode {

  @EJB private HolderCodeService codes;

  @Inject private HttpServletRequest request;

  private ShownCode code;

  public ShownCode getCode() {
    if (code == null) {
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .setResponseHeader("Cache-Control", "no-store");
      code = ShownCode.of(codes.issue(CodeAddress.of(request)));
    }
    return code;
  }
}
