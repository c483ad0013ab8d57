package org.onewindow.web.console.casework;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.onewindow.casework.domain.OnlineCaseState;
import org.onewindow.casework.service.OnlineCaseHandlingService;
import org.onewindow.casework.service.OnlineCaseSummary;

/**
 * 网上办件 (001 7.3): the online cases of the caller's unit (a platform administrator: of every unit),
 * filtered by state; applicants masked.
 */
@Named
@ViewScoped
public class ListOnlineCases implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private OnlineCaseHandlingService handling;

  private String state = "";
  private List<OnlineCaseSummary> cases;

  public List<OnlineCaseSummary> getCases() {
    if (cases == null) {
      cases = handling.queue(state.isEmpty() ? null : OnlineCaseState.valueOf(state));
    }
    return cases;
  }

  /** The filter applies from the next load. */
  public void show() {
    cases = null;
  }

  public List<OnlineCaseState> getStates() {
    return List.of(OnlineCaseState.values()).subList(1, OnlineCaseState.values().length);
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    boolean known =
        state != null
            && List.of(OnlineCaseState.values()).stream().anyMatch(s -> s.name().equals(state));
    this.state = known ? state : "";
  }
}
