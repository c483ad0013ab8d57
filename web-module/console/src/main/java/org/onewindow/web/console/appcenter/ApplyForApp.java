package org.onewindow.web.console.appcenter;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.appcenter.service.AccessUnitService;
import org.onewindow.appcenter.service.AccessUnitView;
import org.onewindow.appcenter.service.AppCredentialService;
import org.onewindow.appcenter.service.IssuedApp;
import org.onewindow.common.InvalidInputException;
import org.onewindow.identity.domain.UserField;

/**
 * Applying for an app (000 9.3 应用接入申请 → 生成key、secret): the issued key and secrets are shown on this
 * page once and kept nowhere in clear; leaving the page loses them.
 */
@Named
@ViewScoped
public class ApplyForApp implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AppCredentialService apps;

  @EJB private AccessUnitService accessUnits;

  private Long unitId;
  private String name;
  private String description;
  private String pageUrl;
  private String sm2PublicKey;
  private List<String> userFields = new ArrayList<>();
  private IssuedApp issued;
  private List<AccessUnitView> units;

  public void apply() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      if (unitId == null) {
        refuse(faces, Texts.of(faces, "app.unit.choose"));
        return;
      }
      issued =
          apps.apply(
              unitId, name, description, pageUrl, sm2PublicKey, UserField.ofClaims(userFields));
    } catch (InvalidInputException e) {
      refuse(faces, Texts.refusal(faces, e));
    }
  }

  private static void refuse(FacesContext faces, String message) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    faces.validationFailed();
  }

  public IssuedApp getIssued() {
    return issued;
  }

  public List<AccessUnitView> getUnits() {
    if (units == null) {
      units = accessUnits.list();
    }
    return units;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getPageUrl() {
    return pageUrl;
  }

  public void setPageUrl(String pageUrl) {
    this.pageUrl = pageUrl;
  }

  public String getSm2PublicKey() {
    return sm2PublicKey;
  }

  public void setSm2PublicKey(String sm2PublicKey) {
    this.sm2PublicKey = sm2PublicKey;
  }

  /** The personal fields the app may receive once a user agrees (003 6.3.2.1 c), by claim name. */
  public List<String> getUserFields() {
    return userFields;
  }

  public void setUserFields(List<String> userFields) {
    this.userFields = userFields == null ? new ArrayList<>() : new ArrayList<>(userFields);
  }
}
