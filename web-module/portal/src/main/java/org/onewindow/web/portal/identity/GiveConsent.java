package org.onewindow.web.portal.identity;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.onewindow.common.NotFoundException;
import org.onewindow.identity.service.ConsentRequest;
import org.onewindow.identity.service.ConsentService;

/**
 * The consent page (000 10.3 h): tells the user which app asks for which of their data and where
 * the privacy statement is, and records their agreement; afterwards the user goes back to the app's
 * registered page — never to an address from the request.
 */
@Named
@ViewScoped
public class GiveConsent implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ConsentService consents;

  private String app;
  private ConsentRequest asked;
  private boolean unknown;
  private boolean agreed;

  public String getApp() {
    return app;
  }

  public void setApp(String app) {
    this.app = app;
  }

  /** Loads what to ask (a view action). */
  public void load() {
    try {
      asked = consents.request(app);
    } catch (NotFoundException e) {
      unknown = true;
    }
  }

  public ConsentRequest getAsked() {
    return asked;
  }

  public boolean isUnknown() {
    return unknown;
  }

  public boolean isAgreed() {
    return agreed;
  }

  /** The user agrees: recorded, then back to the app's page. */
  public void agree() throws IOException {
    consents.grant(asked.appKey());
    agreed = true;
    FacesContext.getCurrentInstance().getExternalContext().redirect(asked.pageUrl());
  }
}
