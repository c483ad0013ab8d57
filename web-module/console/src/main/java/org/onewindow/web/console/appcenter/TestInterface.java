package org.onewindow.web.console.appcenter;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onewindow.appcenter.service.InterfaceTestService;
import org.onewindow.appcenter.service.InterfaceTestView;
import org.onewindow.common.BusyException;
import org.onewindow.common.InvalidInputException;

/**
 * The connectivity test panel of an interface's page (000 9.4.3, 图4): a value field per request
 * parameter, 发送请求, and what came back; the records of earlier tests below.
 */
@Named
@ViewScoped
public class TestInterface implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private InterfaceTestService tests;

  private Long id;
  private final Map<String, String> values = new HashMap<>();
  private InterfaceTestView result;
  private List<InterfaceTestView> records;

  public void send() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      result = tests.test(id, values);
      records = null;
    } catch (InvalidInputException | BusyException e) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.refusal(faces, e), null));
      faces.validationFailed();
    }
  }

  public List<InterfaceTestView> getRecords() {
    if (records == null && id != null) {
      records = tests.records(id);
    }
    return records;
  }

  public Map<String, String> getValues() {
    return values;
  }

  public InterfaceTestView getResult() {
    return result;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
