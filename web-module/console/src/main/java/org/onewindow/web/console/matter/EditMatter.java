package org.onewindow.web.console.matter;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.matter.domain.HandlingType;
import org.onewindow.matter.domain.Jurisdiction;
import org.onewindow.matter.domain.MaterialDraft;
import org.onewindow.matter.domain.MaterialForm;
import org.onewindow.matter.domain.MatterDraft;
import org.onewindow.matter.domain.MatterType;
import org.onewindow.matter.domain.ServiceLevel;
import org.onewindow.matter.domain.ServiceTarget;
import org.onewindow.matter.domain.ServiceTheme;
import org.onewindow.matter.service.MatterEditingService;
import org.onewindow.matter.service.MatterView;
import org.onewindow.web.console.ConsolePages;
import org.onewindow.web.console.ConsoleTexts;

/**
 * The form of an implementation-list item: every element of 001 7.1, the facets of 001 6.3 and the
 * 材料目录 row by row. A new item, or an edit of an existing one — which, for a published item, saves
 * its next version as a draft (the published one stays in force until that is approved).
 */
@Named
@ViewScoped
public class EditMatter implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private MatterEditingService editing;

  /** The item being edited; blank for a new one. */
  private String code = "";

  private String ownerUnit = "";
  private String implementationCode = "";
  private String basicCode = "";
  private String name = "";
  private String matterType = "";
  private String settingBasis = "";
  private String exerciseLevel = "";
  private String agency = "";
  private String agencyCode = "";
  private String divisionCode = "";
  private Integer statutoryLimitDays;
  private Integer promisedLimitDays;
  private Integer onsiteVisits;
  private String acceptanceConditions = "";
  private List<MaterialRow> materials = new ArrayList<>();
  private String process = "";
  private boolean charged;
  private String chargeStandard = "";
  private String chargeItem = "";
  private String handlingType = "";
  private String location = "";
  private String officeHours = "";
  private String consultation = "";
  private String faq = "";
  private String complaint = "";
  private String target = "";
  private String theme = "";
  private String jurisdiction = "";
  private Integer realNameLevel = 3;
  private String onlineUrl = "";

  /** Fills the form from the item's latest version (the page's view action). */
  public void load() {
    if (code.isEmpty()) {
      return;
    }
    ConsolePages.attempt(() -> fill(editing.draftOf(code)));
  }

  private void fill(MatterDraft d) {
    implementationCode = d.implementationCode();
    basicCode = d.basicCode();
    name = d.name();
    matterType = d.matterType();
    settingBasis = d.settingBasis();
    exerciseLevel = d.exerciseLevel();
    agency = d.agency();
    agencyCode = d.agencyCode();
    divisionCode = d.divisionCode();
    statutoryLimitDays = d.statutoryLimitDays();
    promisedLimitDays = d.promisedLimitDays();
    onsiteVisits = d.onsiteVisits();
    acceptanceConditions = d.acceptanceConditions();
    materials = new ArrayList<>();
    for (MaterialDraft m : d.materials()) {
      materials.add(
          new MaterialRow(m.name(), m.form(), m.copies(), m.required() == null || m.required()));
    }
    process = d.process();
    charged = Boolean.TRUE.equals(d.charged());
    chargeStandard = d.chargeStandard();
    chargeItem = d.chargeItem();
    handlingType = d.handlingType();
    location = d.location();
    officeHours = d.officeHours();
    consultation = d.consultation();
    faq = d.faq();
    complaint = d.complaint();
    target = d.target();
    theme = d.theme();
    jurisdiction = d.jurisdiction();
    realNameLevel = d.realNameLevel();
    onlineUrl = d.onlineUrl();
  }

  /** Saves the draft; on success, shows the item. */
  public String save() {
    MatterView[] saved = new MatterView[1];
    boolean done =
        ConsolePages.attempt(
            () ->
                saved[0] =
                    code.isEmpty()
                        ? editing.createDraft(ownerUnit, draft())
                        : editing.saveDraft(code, draft()));
    if (!done) {
      return null;
    }
    ConsolePages.info(ConsoleTexts.text(ConsolePages.language(), "matter.done.saved"));
    ConsolePages.keepMessagesOverRedirect();
    return "matter.xhtml?faces-redirect=true&code=" + saved[0].implementationCode();
  }

  private MatterDraft draft() {
    return new MatterDraft(
        implementationCode,
        basicCode,
        name,
        matterType,
        settingBasis,
        exerciseLevel,
        agency,
        agencyCode,
        divisionCode,
        statutoryLimitDays,
        promisedLimitDays,
        onsiteVisits,
        acceptanceConditions,
        materials.stream()
            .map(m -> new MaterialDraft(m.getName(), m.getForm(), m.getCopies(), m.isRequired()))
            .toList(),
        process,
        charged,
        chargeStandard,
        chargeItem,
        handlingType,
        location,
        officeHours,
        consultation,
        faq,
        complaint,
        target,
        theme,
        jurisdiction,
        realNameLevel,
        onlineUrl);
  }

  public void addMaterial() {
    materials.add(new MaterialRow());
  }

  public void removeMaterial(MaterialRow row) {
    materials.remove(row);
  }

  public boolean isExisting() {
    return !code.isEmpty();
  }

  public MatterType[] getTypes() {
    return MatterType.values();
  }

  public ServiceLevel[] getLevels() {
    return ServiceLevel.values();
  }

  public HandlingType[] getHandlingTypes() {
    return HandlingType.values();
  }

  public ServiceTarget[] getTargets() {
    return ServiceTarget.values();
  }

  public ServiceTheme[] getThemes() {
    return ServiceTheme.values();
  }

  public Jurisdiction[] getJurisdictions() {
    return Jurisdiction.values();
  }

  public MaterialForm[] getMaterialForms() {
    return MaterialForm.values();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code == null ? "" : code.strip();
  }

  public String getOwnerUnit() {
    return ownerUnit;
  }

  public void setOwnerUnit(String ownerUnit) {
    this.ownerUnit = ownerUnit;
  }

  public String getImplementationCode() {
    return implementationCode;
  }

  public void setImplementationCode(String implementationCode) {
    this.implementationCode = implementationCode;
  }

  public String getBasicCode() {
    return basicCode;
  }

  public void setBasicCode(String basicCode) {
    this.basicCode = basicCode;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getMatterType() {
    return matterType;
  }

  public void setMatterType(String matterType) {
    this.matterType = matterType;
  }

  public String getSettingBasis() {
    return settingBasis;
  }

  public void setSettingBasis(String settingBasis) {
    this.settingBasis = settingBasis;
  }

  public String getExerciseLevel() {
    return exerciseLevel;
  }

  public void setExerciseLevel(String exerciseLevel) {
    this.exerciseLevel = exerciseLevel;
  }

  public String getAgency() {
    return agency;
  }

  public void setAgency(String agency) {
    this.agency = agency;
  }

  public String getAgencyCode() {
    return agencyCode;
  }

  public void setAgencyCode(String agencyCode) {
    this.agencyCode = agencyCode;
  }

  public String getDivisionCode() {
    return divisionCode;
  }

  public void setDivisionCode(String divisionCode) {
    this.divisionCode = divisionCode;
  }

  public Integer getStatutoryLimitDays() {
    return statutoryLimitDays;
  }

  public void setStatutoryLimitDays(Integer statutoryLimitDays) {
    this.statutoryLimitDays = statutoryLimitDays;
  }

  public Integer getPromisedLimitDays() {
    return promisedLimitDays;
  }

  public void setPromisedLimitDays(Integer promisedLimitDays) {
    this.promisedLimitDays = promisedLimitDays;
  }

  public Integer getOnsiteVisits() {
    return onsiteVisits;
  }

  public void setOnsiteVisits(Integer onsiteVisits) {
    this.onsiteVisits = onsiteVisits;
  }

  public String getAcceptanceConditions() {
    return acceptanceConditions;
  }

  public void setAcceptanceConditions(String acceptanceConditions) {
    this.acceptanceConditions = acceptanceConditions;
  }

  public List<MaterialRow> getMaterials() {
    return materials;
  }

  public String getProcess() {
    return process;
  }

  public void setProcess(String process) {
    this.process = process;
  }

  public boolean isCharged() {
    return charged;
  }

  public void setCharged(boolean charged) {
    this.charged = charged;
  }

  public String getChargeStandard() {
    return chargeStandard;
  }

  public void setChargeStandard(String chargeStandard) {
    this.chargeStandard = chargeStandard;
  }

  public String getChargeItem() {
    return chargeItem;
  }

  public void setChargeItem(String chargeItem) {
    this.chargeItem = chargeItem;
  }

  public String getHandlingType() {
    return handlingType;
  }

  public void setHandlingType(String handlingType) {
    this.handlingType = handlingType;
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }

  public String getOfficeHours() {
    return officeHours;
  }

  public void setOfficeHours(String officeHours) {
    this.officeHours = officeHours;
  }

  public String getConsultation() {
    return consultation;
  }

  public void setConsultation(String consultation) {
    this.consultation = consultation;
  }

  public String getFaq() {
    return faq;
  }

  public void setFaq(String faq) {
    this.faq = faq;
  }

  public String getComplaint() {
    return complaint;
  }

  public void setComplaint(String complaint) {
    this.complaint = complaint;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }

  public String getTheme() {
    return theme;
  }

  public void setTheme(String theme) {
    this.theme = theme;
  }

  public String getJurisdiction() {
    return jurisdiction;
  }

  public void setJurisdiction(String jurisdiction) {
    this.jurisdiction = jurisdiction;
  }

  public Integer getRealNameLevel() {
    return realNameLevel;
  }

  public void setRealNameLevel(Integer realNameLevel) {
    this.realNameLevel = realNameLevel;
  }

  public String getOnlineUrl() {
    return onlineUrl;
  }

  public void setOnlineUrl(String onlineUrl) {
    this.onlineUrl = onlineUrl;
  }
}
