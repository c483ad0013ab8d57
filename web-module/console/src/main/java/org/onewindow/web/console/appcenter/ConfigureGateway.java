package org.onewindow.web.console.appcenter;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.onewindow.appcenter.domain.AuthMode;
import org.onewindow.appcenter.service.GatewaySettingsView;
import org.onewindow.appcenter.service.InterfaceRegistryService;
import org.onewindow.appcenter.service.UsageDay;
import org.onewindow.common.InvalidInputException;
import org.onewindow.web.console.ConsolePages;

/**
 * The gateway panel of an interface's page (000 9.4.4; 003 6.2.4 d, 6.7.2 d): authentication mode,
 * timeout and retries; the platform's public key for the access unit; this node's figures and the
 * daily usage of every node (000 8.2.3 b).
 */
@Named
@ViewScoped
public class ConfigureGateway implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private InterfaceRegistryService registry;

  /** The usage table's reach: two weeks, every node. */
  static final int USAGE_DAYS = 14;

  private Long id;
  private GatewaySettingsView settings;
  private List<UsageDay> usage;
  private String authMode;
  private int timeoutMillis;
  private int retries;

  public void load() {
    if (id != null) {
      refresh();
    }
  }

  public void save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      registry.configureGateway(id, AuthMode.parse(authMode), timeoutMillis, retries);
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.of(faces, "gateway.saved"), null));
    } catch (InvalidInputException e) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.refusal(faces, e), null));
    }
    refresh();
  }

  public void refresh() {
    settings = ConsolePages.read(registry.gateway(id));
    usage = registry.usage(id, USAGE_DAYS);
    authMode = settings.authMode();
    timeoutMillis = settings.timeoutMillis();
    retries = settings.retries();
  }

  public GatewaySettingsView getSettings() {
    return settings;
  }

  public List<UsageDay> getUsage() {
    return usage;
  }

  public AuthMode[] getModes() {
    return AuthMode.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getAuthMode() {
    return authMode;
  }

  public void setAuthMode(String authMode) {
    this.authMode = authMode;
  }

  public int getTimeoutMillis() {
    return timeoutMillis;
  }

  public void setTimeoutMillis(int timeoutMillis) {
    this.timeoutMillis = timeoutMillis;
  }

  public int getRetries() {
    return retries;
  }

  public void setRetries(int retries) {
    this.retries = retries;
  }
}
