package org.onewindow.web.console.appcenter;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.onewindow.appcenter.service.InterfaceRegistryService;
import org.onewindow.appcenter.service.InterfaceView;
import org.onewindow.common.NotFoundException;
import org.onewindow.review.ReviewTransitionView;
import org.onewindow.web.console.ConsolePages;

/**
 * An interface's page ({@code interface.xhtml?id=N}): its definition and its review history (000
 * 9.4.1). The review steps are beans of their own ({@link SubmitInterface}, {@link
 * DecideOnInterface}, {@link PutInterfaceOnline}, {@link TakeInterfaceOffline}) that act on the
 * interface this one shows and then {@link #reload} it.
 */
@Named
@ViewScoped
public class ShowInterface implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private InterfaceRegistryService registry;

  private Long id;
  private InterfaceView current;
  private List<ReviewTransitionView> history;

  /**
   * Reads the interface named by {@code ?id=}; an unknown id shows a message, not an error page.
   */
  public void load() {
    if (id == null) {
      return;
    }
    try {
      reload();
    } catch (NotFoundException e) {
      ConsolePages.error(e.getMessage());
    }
  }

  /** Reads the interface and its history again, after a step on it. */
  public void reload() {
    current = ConsolePages.read(registry.get(id));
    history = ConsolePages.read(registry.history(id));
  }

  /** Whether the definition may be revised now (a draft, rejected or offline interface). */
  public boolean isEditable() {
    return current != null && current.status().editable();
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
}
