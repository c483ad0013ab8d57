package org.onewindow.web.console.appcenter;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.onewindow.appcenter.domain.AppType;
import org.onewindow.appcenter.domain.ServiceLevel;
import org.onewindow.appcenter.domain.ServiceObject;
import org.onewindow.appcenter.domain.ServiceThemes;
import org.onewindow.appcenter.service.AppCatalogueService;
import org.onewindow.appcenter.service.AppView;
import org.onewindow.web.console.ConsolePages;

/**
 * 服务应用分类分级 (000 8.2.3 a; 001 6.3): files the app in the catalogue — service object, theme, level,
 * type — while it may be changed. The choices start from the app's entry.
 */
@Named
@ViewScoped
public class ClassifyApp implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AppCatalogueService apps;

  @Inject private ShowApp page;

  private String serviceObject;
  private String theme;
  private String serviceLevel;
  private String appType;
  private int readAt = -1;

  public void classify() {
    if (ConsolePages.attempt(
        () ->
            apps.classify(
                page.getId(),
                ServiceObject.valueOf(serviceObject),
                theme,
                ServiceLevel.valueOf(serviceLevel),
                AppType.valueOf(appType)))) {
      ConsolePages.info(Texts.of(FacesContext.getCurrentInstance(), "app.classify.saved"));
    }
    page.reload();
  }

  /** The app's catalogue entry as the choices' starting point, again after each step. */
  private void startFromEntry() {
    AppView current = page.getCurrent();
    if (readAt != page.reloads() && current != null) {
      readAt = page.reloads();
      serviceObject = current.serviceObject();
      theme = current.theme();
      serviceLevel = current.serviceLevel();
      appType = current.appType();
    }
  }

  public List<String> getThemes() {
    startFromEntry();
    return ServiceThemes.of(
        ServiceObject.valueOf(serviceObject == null ? "NATURAL_PERSON" : serviceObject));
  }

  public ServiceObject[] getServiceObjects() {
    return ServiceObject.values();
  }

  public ServiceLevel[] getServiceLevels() {
    return ServiceLevel.values();
  }

  public AppType[] getAppTypes() {
    return AppType.values();
  }

  public String getServiceObject() {
    startFromEntry();
    return serviceObject;
  }

  public void setServiceObject(String serviceObject) {
    this.serviceObject = serviceObject;
  }

  public String getTheme() {
    startFromEntry();
    return theme;
  }

  public void setTheme(String theme) {
    this.theme = theme;
  }

  public String getServiceLevel() {
    startFromEntry();
    return serviceLevel;
  }

  public void setServiceLevel(String serviceLevel) {
    this.serviceLevel = serviceLevel;
  }

  public String getAppType() {
    startFromEntry();
    return appType;
  }

  public void setAppType(String appType) {
    this.appType = appType;
  }
}
