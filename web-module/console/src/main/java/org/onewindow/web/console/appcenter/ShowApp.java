package org.onewindow.web.console.appcenter;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.onewindow.appcenter.service.AppCatalogueService;
import org.onewindow.appcenter.service.AppReviewService;
import org.onewindow.appcenter.service.AppView;
import org.onewindow.common.NotFoundException;
import org.onewindow.review.ReviewStatus;
import org.onewindow.review.ReviewTransitionView;
import org.onewindow.web.console.ConsolePages;

/**
 * An app's page ({@code app.xhtml?id=N}): the app as it stands and its review history (000 9.3,
 * 9.5). The page's use cases — binding, files, test mode, catalogue, notes, the review steps and
 * publication — are beans of their own that act on the app this one shows and then {@link #reload}
 * it.
 */
@Named
@ViewScoped
public class ShowApp implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AppCatalogueService apps;

  @EJB private AppReviewService reviews;

  private Long id;
  private AppView current;
  private List<ReviewTransitionView> history;
  private int reloads;

  /** Reads the app named by {@code ?id=}; an unknown id shows a message, not an error page. */
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

  /** Reads the app and its history again, after a step on it. */
  public void reload() {
    current = ConsolePages.read(apps.get(id));
    history = ConsolePages.read(reviews.history(id));
    reloads++;
  }

  /**
   * How many times the app was read: the page's other beans read their part again when it changed,
   * so that every part of the page shows the app after the last step.
   */
  int reloads() {
    return reloads;
  }

  /** Bindings, files and the catalogue entry change only while the app may be changed. */
  public boolean isEditable() {
    return current != null && current.status().editable();
  }

  /** Test mode is for a draft in its functional test, before review. */
  public boolean isDraft() {
    return current != null && current.status() == ReviewStatus.DRAFT;
  }

  public AppView getCurrent() {
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
