package org.onewindow.web.console.filing;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.onewindow.common.NotFoundException;
import org.onewindow.filing.service.FilingChangeView;
import org.onewindow.filing.service.FilingReviewService;
import org.onewindow.filing.service.FilingService;
import org.onewindow.filing.service.FilingView;
import org.onewindow.review.ReviewStatus;
import org.onewindow.review.ReviewTransitionView;
import org.onewindow.web.console.ConsolePages;
import org.onewindow.web.console.ConsoleTexts;

/**
 * A filing's page ({@code filing.xhtml?id=N}): the filing as it stands with the people masked (000
 * 示例8), its package, images, what changed since the last review and its history; the owner's
 * rectification (整改) after a rejection. The checklist ({@link ReviewFiling}) and the record ({@link
 * ShowRecord}) act on the filing this bean shows and then {@link #reload} it.
 */
@Named
@ViewScoped
public class ShowFiling implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private FilingService filings;

  @EJB private FilingReviewService reviews;

  private Long id;
  private FilingView current;
  private List<FilingChangeView> changes = List.of();
  private List<ReviewTransitionView> history = List.of();
  private int reloads;

  /** Reads the filing named by {@code ?id=}; an unknown id shows a message, not an error page. */
  public void load() {
    if (id == null) {
      return;
    }
    try {
      reload();
    } catch (NotFoundException e) {
      ConsolePages.error(e.message(ConsolePages.language()));
    }
  }

  /** Reads the filing, its changes and its history again, after a step on it. */
  public void reload() {
    current = ConsolePages.read(filings.get(id));
    changes = ConsolePages.read(reviews.changes(id));
    history = ConsolePages.read(reviews.history(id));
    reloads++;
  }

  /** How many times the filing was read: the page's other beans read their part again then. */
  int reloads() {
    return reloads;
  }

  /** 整改: a rejected filing starts its next revision and goes back to its owner's form. */
  public String revise() {
    if (!ConsolePages.attempt(() -> reviews.revise(id))) {
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    ConsolePages.info(ConsoleTexts.text(ConsolePages.language(), "filing.revised"));
    return "/filing-form.xhtml?faces-redirect=true&id=" + id;
  }

  public boolean isRejected() {
    return current != null && current.status() == ReviewStatus.REJECTED;
  }

  public boolean isSubmitted() {
    return current != null && current.status() == ReviewStatus.SUBMITTED;
  }

  public boolean isEditable() {
    return current != null && current.status() == ReviewStatus.DRAFT;
  }

  public boolean isApproved() {
    return current != null && !current.filingNumber().isEmpty();
  }

  public FilingView getCurrent() {
    return current;
  }

  public List<FilingChangeView> getChanges() {
    return changes;
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
