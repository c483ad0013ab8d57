package org.onewindow.web.console.appcenter;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.onewindow.appcenter.service.InterfaceRegistryService;
import org.onewindow.appcenter.service.InterfaceView;
import org.onewindow.review.ReviewStatus;

/** The interface list, optionally of one state (reviewers look at 待审核). */
@Named
@ViewScoped
public class ListInterfaces implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private InterfaceRegistryService registry;

  private String status = "";
  private List<InterfaceView> interfaces;

  public List<InterfaceView> getInterfaces() {
    if (interfaces == null) {
      interfaces =
          Texts.read(registry.list(status.isEmpty() ? null : ReviewStatus.valueOf(status)));
    }
    return interfaces;
  }

  public void show() {
    interfaces = null;
  }

  public ReviewStatus[] getStatuses() {
    return ReviewStatus.values();
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status == null ? "" : status;
  }
}
