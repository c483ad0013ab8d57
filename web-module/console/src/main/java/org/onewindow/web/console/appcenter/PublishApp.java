package org.onewindow.web.console.appcenter;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.appcenter.service.AppPublicationService;
import org.onewindow.appcenter.service.HallView;
import org.onewindow.appcenter.service.PublicationView;
import org.onewindow.web.console.ConsolePages;

/**
 * 上线发布 (000 8.2.3 b 界面配置、分厅上线发布; 9.5): a reviewer chooses the halls and the display configuration
 * of the approved app and puts it online. The choice starts from where it is published already (a
 * rectified app keeps its halls).
 */
@Named
@ViewScoped
public class PublishApp implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AppPublicationService publications;

  @Inject private ShowApp page;

  private List<HallView> halls;
  private List<PublicationView> published = List.of();
  private List<Long> hallIds = new ArrayList<>();
  private String displayName;
  private int sortOrder = 100;
  private int readAt = -1;

  public void publish() {
    if (ConsolePages.attempt(
        () -> publications.publish(page.getId(), hallIds, displayName, sortOrder))) {
      ConsolePages.done(Texts.of(FacesContext.getCurrentInstance(), "app.action.online"));
    }
    page.reload();
  }

  /** Every hall an app may be published to. */
  public List<HallView> getHalls() {
    if (halls == null) {
      halls = ConsolePages.read(publications.halls());
    }
    return halls;
  }

  /** Where the app is published now. */
  public List<PublicationView> getPublications() {
    current();
    return published;
  }

  public List<Long> getHallIds() {
    current();
    return hallIds;
  }

  public void setHallIds(List<Long> hallIds) {
    this.hallIds = hallIds == null ? new ArrayList<>() : hallIds;
  }

  public String getDisplayName() {
    current();
    return displayName;
  }

  /**
   * After each step on the app: where it is published, read again; the choice of halls, if none is
   * made, and the display name, if none is given, start from there (a rectified app keeps its
   * halls).
   */
  private void current() {
    if (readAt == page.reloads() || page.getCurrent() == null) {
      return;
    }
    readAt = page.reloads();
    published = publications.publications(page.getId());
    if (hallIds == null || hallIds.isEmpty()) {
      hallIds = new ArrayList<>(published.stream().map(PublicationView::hallId).toList());
    }
    if (displayName == null) {
      displayName = published.isEmpty() ? page.getCurrent().name() : published.get(0).displayName();
    }
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(int sortOrder) {
    this.sortOrder = sortOrder;
  }
}
