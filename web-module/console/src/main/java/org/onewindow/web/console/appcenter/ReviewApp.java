package org.onewindow.web.console.appcenter;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.onewindow.appcenter.domain.ReviewAction;
import org.onewindow.appcenter.domain.ReviewStatus;
import org.onewindow.appcenter.service.AppOnboardingService;
import org.onewindow.appcenter.service.AppView;
import org.onewindow.appcenter.service.InterfaceRegistryService;
import org.onewindow.appcenter.service.InterfaceView;
import org.onewindow.appcenter.service.ReviewTransitionView;
import org.onewindow.common.DutySeparationException;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.StateConflictException;

/**
 * An app's page ({@code app.xhtml?id=N}): what it is, the interfaces it is bound to (and binding
 * another approved one), its review actions and history (000 9.3, 9.5).
 */
@Named
@ViewScoped
public class ReviewApp implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AppOnboardingService apps;

  @EJB private InterfaceRegistryService interfaces;

  private Long id;
  private AppView current;
  private List<ReviewTransitionView> history;
  private List<InterfaceView> bound;
  private List<InterfaceView> bindable;
  private Long interfaceId;
  private String reason;

  public void load() {
    if (id == null) {
      return;
    }
    try {
      refresh();
    } catch (NotFoundException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  public void bind() {
    try {
      if (interfaceId == null) {
        throw new InvalidInputException("interfaceId", "请选择要绑定的接口");
      }
      apps.bind(id, interfaceId);
      interfaceId = null;
    } catch (InvalidInputException | StateConflictException | NotFoundException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
    refresh();
  }

  public void submit() {
    perform(ReviewAction.SUBMIT);
  }

  public void approve() {
    perform(ReviewAction.APPROVE);
  }

  public void reject() {
    perform(ReviewAction.REJECT);
  }

  public void putOnline() {
    perform(ReviewAction.ONLINE);
  }

  public void takeOffline() {
    perform(ReviewAction.OFFLINE);
  }

  private void perform(ReviewAction action) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      apps.perform(id, action, reason);
      reason = null;
      message(FacesMessage.SEVERITY_INFO, Texts.of(faces, "interface.done") + action.label());
    } catch (InvalidInputException | StateConflictException | DutySeparationException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    } catch (EJBAccessException e) {
      message(FacesMessage.SEVERITY_ERROR, Texts.of(faces, "interface.notYours"));
    }
    refresh();
  }

  private void refresh() {
    current = apps.get(id);
    history = apps.history(id);
    Set<Long> ids = Set.copyOf(apps.bound(id));
    List<InterfaceView> all = interfaces.list(null);
    bound = all.stream().filter(i -> ids.contains(i.id())).toList();
    bindable =
        all.stream()
            .filter(i -> !ids.contains(i.id()))
            .filter(i -> i.status() == ReviewStatus.APPROVED || i.status() == ReviewStatus.ONLINE)
            .toList();
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  public boolean can(String action) {
    return current != null && ReviewAction.valueOf(action).allowedFrom(current.status());
  }

  public boolean isEditable() {
    return current != null && current.status().editable();
  }

  public AppView getCurrent() {
    return current;
  }

  public List<ReviewTransitionView> getHistory() {
    return history;
  }

  public List<InterfaceView> getBound() {
    return bound;
  }

  public List<InterfaceView> getBindable() {
    return bindable;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getInterfaceId() {
    return interfaceId;
  }

  public void setInterfaceId(Long interfaceId) {
    this.interfaceId = interfaceId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
