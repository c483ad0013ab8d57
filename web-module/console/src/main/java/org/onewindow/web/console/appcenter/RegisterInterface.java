package org.onewindow.web.console.appcenter;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.appcenter.domain.InterfaceDefinition;
import org.onewindow.appcenter.domain.InterfaceProtocol;
import org.onewindow.appcenter.domain.ReturnFormat;
import org.onewindow.appcenter.service.AccessUnitService;
import org.onewindow.appcenter.service.AccessUnitView;
import org.onewindow.appcenter.service.InterfaceRegistryService;
import org.onewindow.appcenter.service.InterfaceView;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.StateConflictException;
import org.onewindow.outbound.HttpMethod;

/**
 * The interface registration form (000 9.4.2 示例7): a new interface, or with {@code ?edit=ID} a new
 * revision of a draft, rejected or offline one (rectification).
 */
@Named
@ViewScoped
public class RegisterInterface implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private InterfaceRegistryService registry;

  @EJB private AccessUnitService accessUnits;

  private Long editId;
  private Long unitId;
  private String serviceName;
  private String name;
  private String address;
  private String method = "POST";
  private String protocol = "https";
  private String returnFormat = "JSON";
  private String divisionCode;
  private String channel = "all";
  private String remark;
  private final List<ParameterRow> requestRows = new ArrayList<>(List.of(new ParameterRow()));
  private final List<ParameterRow> responseRows = new ArrayList<>(List.of(new ParameterRow()));
  private List<AccessUnitView> units;

  /**
   * With {@code ?edit=ID}: fills the form with that interface's current definition (an {@code
   * f:viewAction}, so only on the page's first request).
   */
  public void load() {
    if (editId == null) {
      return;
    }
    InterfaceView current = registry.get(editId);
    unitId = current.unitId();
    serviceName = current.serviceName();
    name = current.name();
    address = current.address();
    method = current.method();
    protocol = current.protocol();
    returnFormat = current.returnFormat();
    divisionCode = current.divisionCode();
    channel = current.channel();
    remark = current.remark();
    requestRows.clear();
    current.requestParameters().forEach(p -> requestRows.add(ParameterRow.of(p)));
    responseRows.clear();
    current.responseParameters().forEach(p -> responseRows.add(ParameterRow.of(p)));
  }

  /** Registers, or saves the revision; then opens the interface's page. */
  public String save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      InterfaceDefinition definition = definition();
      InterfaceView saved;
      if (editId == null) {
        if (unitId == null) {
          return refused(faces, Texts.of(faces, "app.unit.choose"));
        }
        saved = registry.register(unitId, definition);
      } else {
        saved = registry.revise(editId, definition);
      }
      faces.getExternalContext().getFlash().setKeepMessages(true);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO, Texts.of(faces, "interface.saved"), saved.name()));
      return "/interface.xhtml?faces-redirect=true&id=" + saved.id();
    } catch (InvalidInputException | StateConflictException e) {
      // Messages are written for users; nothing was saved.
      return refused(faces, Texts.refusal(faces, e));
    }
  }

  /** Stays on the form with {@code message}; nothing was saved. */
  private static String refused(FacesContext faces, String message) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    faces.validationFailed();
    return null;
  }

  private InterfaceDefinition definition() {
    return new InterfaceDefinition(
        serviceName,
        name,
        address,
        HttpMethod.parse(method),
        InterfaceProtocol.parse(protocol),
        ReturnFormat.parse(returnFormat),
        remark,
        divisionCode,
        channel,
        filled(requestRows),
        filled(responseRows));
  }

  private static List<org.onewindow.appcenter.domain.ParameterDefinition> filled(
      List<ParameterRow> rows) {
    return rows.stream().filter(r -> !r.isBlank()).map(ParameterRow::toDefinition).toList();
  }

  public void addRequestRow() {
    requestRows.add(new ParameterRow());
  }

  public void addResponseRow() {
    responseRows.add(new ParameterRow());
  }

  public void removeRequestRow(ParameterRow row) {
    requestRows.remove(row);
  }

  public void removeResponseRow(ParameterRow row) {
    responseRows.remove(row);
  }

  public List<AccessUnitView> getUnits() {
    if (units == null) {
      units = accessUnits.list();
    }
    return units;
  }

  public boolean isEditing() {
    return editId != null;
  }

  public List<ParameterRow> getRequestRows() {
    return requestRows;
  }

  public List<ParameterRow> getResponseRows() {
    return responseRows;
  }

  public Long getEditId() {
    return editId;
  }

  public void setEditId(Long editId) {
    this.editId = editId;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public String getServiceName() {
    return serviceName;
  }

  public void setServiceName(String serviceName) {
    this.serviceName = serviceName;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getMethod() {
    return method;
  }

  public void setMethod(String method) {
    this.method = method;
  }

  public String getProtocol() {
    return protocol;
  }

  public void setProtocol(String protocol) {
    this.protocol = protocol;
  }

  public String getReturnFormat() {
    return returnFormat;
  }

  public void setReturnFormat(String returnFormat) {
    this.returnFormat = returnFormat;
  }

  public String getDivisionCode() {
    return divisionCode;
  }

  public void setDivisionCode(String divisionCode) {
    this.divisionCode = divisionCode;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getRemark() {
    return remark;
  }

  public void setRemark(String remark) {
    this.remark = remark;
  }
}
