package org.onewindow.web.console.appcenter;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.onewindow.appcenter.service.AppBindingService;
import org.onewindow.appcenter.service.InterfaceView;
import org.onewindow.web.console.ConsolePages;

/**
 * 接口绑定 (000 8.2.2): the interfaces the app is bound to, and binding another one it may use (its
 * unit's own or granted to it, approved or online) while the app may be changed.
 */
@Named
@ViewScoped
public class BindAppInterface implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AppBindingService apps;

  @Inject private ShowApp page;

  private Long interfaceId;
  private List<InterfaceView> bound;
  private List<InterfaceView> bindable;
  private int readAt = -1;

  public void bind() {
    if (interfaceId == null) {
      ConsolePages.error(Texts.of(FacesContext.getCurrentInstance(), "app.bind.none"));
    } else if (ConsolePages.attempt(() -> apps.bind(page.getId(), interfaceId))) {
      interfaceId = null;
    }
    page.reload();
  }

  /** Reads the lists again after a step on the app. */
  private void current() {
    if (readAt != page.reloads()) {
      readAt = page.reloads();
      bound = null;
      bindable = null;
    }
  }

  public List<InterfaceView> getBound() {
    current();
    if (bound == null) {
      bound =
          page.getCurrent() == null
              ? List.of()
              : ConsolePages.read(apps.boundInterfaces(page.getId()));
    }
    return bound;
  }

  public List<InterfaceView> getBindable() {
    current();
    if (bindable == null) {
      bindable =
          page.getCurrent() == null
              ? List.of()
              : ConsolePages.read(apps.bindableInterfaces(page.getId()));
    }
    return bindable;
  }

  public Long getInterfaceId() {
    return interfaceId;
  }

  public void setInterfaceId(Long interfaceId) {
    this.interfaceId = interfaceId;
  }
}
