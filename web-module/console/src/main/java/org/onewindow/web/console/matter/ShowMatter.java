package org.onewindow.web.console.matter;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.security.Principal;
import java.util.List;
import org.onewindow.common.NotFoundException;
import org.onewindow.matter.domain.MatterState;
import org.onewindow.matter.service.MatterCatalogueService;
import org.onewindow.matter.service.MatterEditingService;
import org.onewindow.matter.service.MatterVersionView;
import org.onewindow.matter.service.MatterView;
import org.onewindow.review.ReviewAction;
import org.onewindow.web.console.ConsolePages;
import org.onewindow.web.console.ConsoleTexts;

/**
 * One implementation-list item (001 7.1): every element of the version shown — its latest for its
 * unit's editors, else the published one, or the version asked for — its versions, and the review
 * steps the caller may take on the latest: submit, approve, reject with a reason (not on a version
 * the caller wrote or submitted), withdraw.
 */
@Named
@ViewScoped
public class ShowMatter implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private MatterCatalogueService catalogue;

  @EJB private MatterEditingService editing;

  private String code = "";
  private Integer version;
  private MatterView current;
  private List<MatterVersionView> versions = List.of();
  private String reason = "";

  /** Reads the item (the page's view action). */
  public void load() {
    current = null;
    versions = List.of();
    ConsolePages.attempt(
        () -> {
          current = ConsolePages.read(read());
          versions = ConsolePages.read(catalogue.versions(code));
        });
  }

  private MatterView read() {
    if (version != null) {
      return catalogue.version(code, version);
    }
    try {
      return catalogue.latest(code);
    } catch (NotFoundException notAnEditor) {
      return catalogue.get(code);
    }
  }

  public String submit() {
    return step(
        ReviewAction.SUBMIT, ConsoleTexts.text(ConsolePages.language(), "matter.done.submitted"));
  }

  public String approve() {
    return step(
        ReviewAction.APPROVE, ConsoleTexts.text(ConsolePages.language(), "matter.done.approved"));
  }

  public String reject() {
    return step(
        ReviewAction.REJECT, ConsoleTexts.text(ConsolePages.language(), "matter.done.rejected"));
  }

  /** Withdraws the published item, with the reason typed. */
  public String withdraw() {
    if (ConsolePages.attempt(() -> editing.withdraw(code, reason))) {
      return done(ConsoleTexts.text(ConsolePages.language(), "matter.done.withdrawn"));
    }
    return null;
  }

  private String step(ReviewAction action, String doneText) {
    if (ConsolePages.attempt(() -> editing.perform(code, action, reason))) {
      return done(doneText);
    }
    return null;
  }

  private String done(String text) {
    ConsolePages.info(text);
    ConsolePages.keepMessagesOverRedirect();
    return "matter.xhtml?faces-redirect=true&code=" + code;
  }

  /** The latest version's state, for which steps the page offers. */
  public boolean isOpen() {
    return current != null
        && version == null
        && (current.state() == MatterState.DRAFT || current.state() == MatterState.REJECTED);
  }

  public boolean isUnderReview() {
    return current != null && version == null && current.state() == MatterState.SUBMITTED;
  }

  /**
   * Whether the caller may approve or reject: the latest version is under review and the caller
   * neither wrote nor submitted it. The service refuses the author's and the submitter's decision
   * (separation of duties, GB/T 22239 8.1.4.2) and stays the rule; the page only does not offer it.
   */
  public boolean isDecidable() {
    return isUnderReview() && !isOwn(caller(), current.authoredBy(), current.submittedBy());
  }

  /** Whether {@code caller} wrote or submitted the version (the review's own test). */
  static boolean isOwn(String caller, String authoredBy, String submittedBy) {
    return !caller.isEmpty() && (caller.equals(authoredBy) || caller.equals(submittedBy));
  }

  /** The signed-in user's name, as the services read it from their caller principal. */
  private static String caller() {
    Principal principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
    return principal == null ? "" : principal.getName();
  }

  public boolean isPublished() {
    return current != null && current.state() == MatterState.PUBLISHED;
  }

  public MatterView getCurrent() {
    return current;
  }

  public List<MatterVersionView> getVersions() {
    return versions;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code == null ? "" : code.strip();
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason == null ? "" : reason;
  }
}
