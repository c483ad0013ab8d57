package org.onewindow.web.console.appcenter;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.onewindow.appcenter.service.AccessUnitService;
import org.onewindow.appcenter.service.AccessUnitView;
import org.onewindow.common.InvalidInputException;

/** The access-unit page: register a unit, and list every unit. */
@Named
@ViewScoped
public class RegisterAccessUnit implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AccessUnitService accessUnits;

  private String name;
  private String divisionCode;
  private List<AccessUnitView> units;

  public void register() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      AccessUnitView unit = accessUnits.register(name, divisionCode);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO, text(faces, "accessUnit.registered"), unit.name()));
      name = null;
      divisionCode = null;
      units = null;
    } catch (InvalidInputException e) {
      // The service's message is written for users; nothing was saved.
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.refusal(faces, e), null));
      faces.validationFailed();
    }
  }

  public List<AccessUnitView> getUnits() {
    if (units == null) {
      units = accessUnits.list();
    }
    return units;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDivisionCode() {
    return divisionCode;
  }

  public void setDivisionCode(String divisionCode) {
    this.divisionCode = divisionCode;
  }

  private static String text(FacesContext faces, String key) {
    return Texts.of(faces, key);
  }
}
