package org.onewindow.web.console.servicemap;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.matter.service.HallDraft;
import org.onewindow.matter.service.ServiceHallService;
import org.onewindow.matter.service.ServiceHallView;
import org.onewindow.web.console.ConsolePages;
import org.onewindow.web.console.ConsoleTexts;

/**
 * The hall registry page (000 8.1.2 i): the halls the caller keeps, and one form to register a hall
 * or rewrite one. Matters are typed one a line, code then name. What may be written is the
 * service's rule; its refusal is the page's message.
 */
@Named
@ViewScoped
public class ManageServiceHalls implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ServiceHallService halls;

  private transient List<ServiceHallView> rows;

  /** The code of the hall being rewritten; null while registering a new one. */
  private String editing;

  private String code = "";
  private String ownerUnit = "";
  private String name = "";
  private String address = "";
  private String openingHours = "";
  private String phone = "";
  private Double latitude;
  private Double longitude;
  private String divisionCode = "";
  private String matters = "";

  public List<ServiceHallView> getRows() {
    if (rows == null) {
      rows = halls.managed();
    }
    return rows;
  }

  /** Fills the form with hall {@code hallCode} to rewrite it. */
  public void edit(String hallCode) {
    ConsolePages.attempt(
        () -> {
          ServiceHallView hall = halls.hall(hallCode);
          editing = hall.code();
          code = hall.code();
          ownerUnit = hall.ownerUnit();
          name = hall.name();
          address = hall.address();
          openingHours = hall.openingHours();
          phone = hall.phone();
          latitude = hall.latitude();
          longitude = hall.longitude();
          divisionCode = hall.divisionCode();
          matters =
              String.join(
                  "\n", hall.matters().stream().map(m -> m.code() + " " + m.name()).toList());
        });
  }

  /** An empty form, to register a new hall. */
  public void startNew() {
    editing = null;
    code = "";
    ownerUnit = "";
    name = "";
    address = "";
    openingHours = "";
    phone = "";
    latitude = null;
    longitude = null;
    divisionCode = "";
    matters = "";
  }

  public void save() {
    HallDraft draft =
        new HallDraft(
            code,
            ownerUnit,
            name,
            address,
            openingHours,
            phone,
            latitude,
            longitude,
            divisionCode,
            matterLines());
    boolean done =
        ConsolePages.attempt(
            () -> {
              if (editing == null) {
                halls.create(draft);
              } else {
                halls.update(editing, draft);
              }
            });
    if (done) {
      ConsolePages.info(ConsoleTexts.text(ConsolePages.language(), "hall.saved"));
      startNew();
      rows = null;
    } else {
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  public void remove(String hallCode) {
    if (ConsolePages.attempt(() -> halls.delete(hallCode))) {
      ConsolePages.info(ConsoleTexts.text(ConsolePages.language(), "hall.removed"));
    }
    rows = null;
  }

  /** The matters typed one a line: the code, a blank, the name. */
  private List<ServiceHallView.HallMatterView> matterLines() {
    List<ServiceHallView.HallMatterView> lines = new ArrayList<>();
    for (String line : matters.split("\\R")) {
      String text = line.strip();
      if (text.isEmpty()) {
        continue;
      }
      String[] parts = text.split("\\s+", 2);
      lines.add(new ServiceHallView.HallMatterView(parts[0], parts.length > 1 ? parts[1] : ""));
    }
    return lines;
  }

  public boolean isEditingExisting() {
    return editing != null;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getOwnerUnit() {
    return ownerUnit;
  }

  public void setOwnerUnit(String ownerUnit) {
    this.ownerUnit = ownerUnit;
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

  public String getOpeningHours() {
    return openingHours;
  }

  public void setOpeningHours(String openingHours) {
    this.openingHours = openingHours;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public Double getLatitude() {
    return latitude;
  }

  public void setLatitude(Double latitude) {
    this.latitude = latitude;
  }

  public Double getLongitude() {
    return longitude;
  }

  public void setLongitude(Double longitude) {
    this.longitude = longitude;
  }

  public String getDivisionCode() {
    return divisionCode;
  }

  public void setDivisionCode(String divisionCode) {
    this.divisionCode = divisionCode;
  }

  public String getMatters() {
    return matters;
  }

  public void setMatters(String matters) {
    this.matters = matters;
  }
}
