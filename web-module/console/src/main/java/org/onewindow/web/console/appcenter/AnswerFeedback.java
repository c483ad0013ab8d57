package org.onewindow.web.console.appcenter;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onewindow.appcenter.service.InterfaceFeedbackService;
import org.onewindow.appcenter.service.InterfaceFeedbackView;
import org.onewindow.web.console.ConsolePages;

/**
 * The sensitive-word feedback on an interface's page (000 9.4.3 b 反馈给接口提供方): what tests found in
 * the interface's calls, and the provider's acknowledgement with a reply. The service scopes the
 * list to the interface's unit and lets only the provider's side acknowledge.
 */
@Named
@ViewScoped
public class AnswerFeedback implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private InterfaceFeedbackService feedback;

  private Long id;
  private List<InterfaceFeedbackView> items;
  private final Map<Long, String> replies = new HashMap<>();

  public List<InterfaceFeedbackView> getItems() {
    if (items == null && id != null) {
      items = ConsolePages.read(feedback.list(id));
    }
    return items;
  }

  public void acknowledge(long feedbackId) {
    String reply = replies.get(feedbackId);
    if (ConsolePages.attempt(() -> feedback.acknowledge(id, feedbackId, reply))) {
      replies.remove(feedbackId);
      ConsolePages.info(Texts.of(FacesContext.getCurrentInstance(), "feedback.done"));
    }
    items = null;
  }

  /** Whether the signed-in user is on the provider's side (the service still checks the unit). */
  public boolean isProvider() {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    return external.isUserInRole("unit-developer") || external.isUserInRole("api-client");
  }

  public Map<Long, String> getReplies() {
    return replies;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
