package org.onewindow.web.console.appcenter;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.onewindow.appcenter.domain.ServiceLevel;
import org.onewindow.appcenter.domain.ServiceObject;
import org.onewindow.appcenter.domain.ServiceThemes;
import org.onewindow.appcenter.service.AppCatalogueService;
import org.onewindow.appcenter.service.AppView;
import org.onewindow.review.ReviewStatus;

/** The app list (000 8.2.3 a 服务应用状态展示): every app and where it stands. */
@Named
@ViewScoped
public class ListApps implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AppCatalogueService apps;

  private List<AppView> all;
  private String theme = "";
  private String level = "";
  private String object = "";
  private String status = "";

  /** The catalogue's dynamic list (000 8.2.3 a): filtered by theme, level, object and state. */
  public List<AppView> getApps() {
    if (all == null) {
      all =
          Texts.read(
              apps.catalogue(
                  theme,
                  level.isEmpty() ? null : ServiceLevel.valueOf(level),
                  object.isEmpty() ? null : ServiceObject.valueOf(object),
                  status.isEmpty() ? null : ReviewStatus.valueOf(status)));
    }
    return all;
  }

  public void show() {
    all = null;
  }

  public List<String> getThemes() {
    return ServiceThemes.of(ServiceObject.BOTH);
  }

  public ServiceLevel[] getLevels() {
    return ServiceLevel.values();
  }

  public ServiceObject[] getObjects() {
    return ServiceObject.values();
  }

  public ReviewStatus[] getStatuses() {
    return ReviewStatus.values();
  }

  public String getTheme() {
    return theme;
  }

  public void setTheme(String theme) {
    this.theme = theme == null ? "" : theme;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level == null ? "" : level;
  }

  public String getObject() {
    return object;
  }

  public void setObject(String object) {
    this.object = object == null ? "" : object;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status == null ? "" : status;
  }
}
