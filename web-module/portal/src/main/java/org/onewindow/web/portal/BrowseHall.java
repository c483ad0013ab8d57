package org.onewindow.web.portal;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.onewindow.appcenter.service.HallApp;
import org.onewindow.appcenter.service.HallDirectoryService;
import org.onewindow.appcenter.service.HallView;

/** The public hall page (000 8.2.3 b): pick a hall, see its online apps. */
@Named
@ViewScoped
public class BrowseHall implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private HallDirectoryService directory;

  private String hall = "national";
  private List<HallView> halls;

  public List<HallView> getHalls() {
    if (halls == null) {
      halls = directory.halls();
    }
    return halls;
  }

  public List<HallApp> getApps() {
    return directory.apps(hall);
  }

  public String getHall() {
    return hall;
  }

  public void setHall(String hall) {
    this.hall = hall == null || hall.isBlank() ? "national" : hall;
  }
}
