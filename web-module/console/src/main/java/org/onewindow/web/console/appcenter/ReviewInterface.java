package org.onewindow.web.console.appcenter;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.onewindow.appcenter.domain.ReviewAction;
import org.onewindow.appcenter.domain.ReviewStatus;
import org.onewindow.appcenter.service.InterfaceRegistryService;
import org.onewindow.appcenter.service.InterfaceReviewService;
import org.onewindow.appcenter.service.InterfaceView;
import org.onewindow.appcenter.service.ReviewTransitionView;
import org.onewindow.common.NotFoundException;

/**
 * An interface's page ({@code interface.xhtml?id=N}): its definition, its review history and the
 * review actions the signed-in administrator may take now (000 9.4.1).
 */
@Named
@ViewScoped
public class ReviewInterface implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private InterfaceRegistryService registry;

  @EJB private InterfaceReviewService reviews;

  private Long id;
  private InterfaceView current;
  private List<ReviewTransitionView> history;
  private String reason;

  /**
   * Reads the interface named by {@code ?id=}; an unknown id shows a message, not an error page.
   */
  public void load() {
    if (id == null) {
      return;
    }
    try {
      refresh();
    } catch (NotFoundException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.refusal(faces, e), null));
    }
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
    if (ConsoleActions.attempt(() -> reviews.perform(id, action, reason))) {
      reason = null;
      ConsoleActions.done(action.label());
    }
    refresh();
  }

  private void refresh() {
    current = registry.get(id);
    history = registry.history(id);
  }

  /** Whether the state allows the action now; the service still checks role and duties. */
  public boolean can(String action) {
    return current != null && ReviewAction.valueOf(action).allowedFrom(current.status());
  }

  public boolean isEditable() {
    return current != null && current.status().editable();
  }

  public boolean isOnline() {
    return current != null && current.status() == ReviewStatus.ONLINE;
  }

  public InterfaceView getCurrent() {
    return current;
  }

  public List<ReviewTransitionView> getHistory() {
    return history;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
