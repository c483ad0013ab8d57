package org.onewindow.web.console.appcenter;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.onewindow.appcenter.domain.AppType;
import org.onewindow.appcenter.domain.NoteKind;
import org.onewindow.appcenter.domain.ReviewAction;
import org.onewindow.appcenter.domain.ReviewStatus;
import org.onewindow.appcenter.domain.ServiceLevel;
import org.onewindow.appcenter.domain.ServiceObject;
import org.onewindow.appcenter.domain.ServiceThemes;
import org.onewindow.appcenter.service.AppFileService;
import org.onewindow.appcenter.service.AppFileView;
import org.onewindow.appcenter.service.AppMaintenanceService;
import org.onewindow.appcenter.service.AppNoteView;
import org.onewindow.appcenter.service.AppOnboardingService;
import org.onewindow.appcenter.service.AppTestModeService;
import org.onewindow.appcenter.service.AppView;
import org.onewindow.appcenter.service.HallView;
import org.onewindow.appcenter.service.InterfaceView;
import org.onewindow.appcenter.service.PublicationView;
import org.onewindow.appcenter.service.ReviewTransitionView;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.StateConflictException;

/**
 * An app's page ({@code app.xhtml?id=N}): what it is, the interfaces it is bound to (and binding
 * another approved one), its review actions and history (000 9.3, 9.5).
 */
@Named
@ViewScoped
public class ReviewApp implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AppOnboardingService apps;

  @EJB private AppFileService appFiles;

  @EJB private AppMaintenanceService maintenance;

  @EJB private AppTestModeService testMode;

  private Long id;
  private AppView current;
  private List<ReviewTransitionView> history;
  private List<InterfaceView> bound;
  private List<InterfaceView> bindable;
  private Long interfaceId;
  private String reason;
  private String fileKind = "h5-package";
  private transient Part upload;
  private List<AppFileView> files;
  private List<HallView> halls;
  private List<PublicationView> publications;
  private List<Long> hallIds = new java.util.ArrayList<>();
  private String displayName;
  private int sortOrder = 100;
  private String serviceObject;
  private String theme;
  private String serviceLevel;
  private String appType;
  private List<AppNoteView> notes;
  private String noteKind = "FUNCTIONAL_TEST";
  private String noteText;
  private String outcome;
  private int testModeHours = 8;

  public void load() {
    if (id == null) {
      return;
    }
    try {
      refresh();
    } catch (NotFoundException e) {
      ConsoleActions.error(Texts.refusal(FacesContext.getCurrentInstance(), e));
    }
  }

  public void bind() {
    if (interfaceId == null) {
      ConsoleActions.error("请选择要绑定的接口");
    } else if (ConsoleActions.attempt(() -> apps.bind(id, interfaceId))) {
      interfaceId = null;
    }
    refresh();
  }

  /**
   * Stores the chosen file (000 9.3 应用上传); the service checks kind, size and content. A plain
   * multipart post, so the page is then fetched again (post, redirect, get) with its {@code ?id=},
   * and the message travels in the flash.
   */
  public String uploadFile() {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    if (upload == null || upload.getSize() == 0) {
      ConsoleActions.error("请选择要上传的文件");
    } else {
      try (InputStream in = upload.getInputStream()) {
        AppFileView stored = appFiles.upload(id, fileKind, in, upload.getSubmittedFileName());
        ConsoleActions.info("已上传：" + stored.kindLabel() + " SM3 " + stored.sm3());
      } catch (InvalidInputException | StateConflictException e) {
        ConsoleActions.error(Texts.refusal(FacesContext.getCurrentInstance(), e));
      } catch (IOException e) {
        ConsoleActions.error("读取上传文件失败，请重试");
      }
    }
    return "/app.xhtml?faces-redirect=true&id=" + id;
  }

  /** Writes a test record, alarm, troubleshooting note or suggestion (000 9.3, 8.2.3 c–d). */
  public void writeNote() {
    if (ConsoleActions.attempt(() -> maintenance.write(id, noteKind, noteText))) {
      noteText = null;
    }
    refresh();
  }

  /** Archives an alarm or suggestion with what was done (000 8.2.3 d 优化情况归档). */
  public void archive(long noteId) {
    if (ConsoleActions.attempt(() -> maintenance.archive(noteId, outcome))) {
      outcome = null;
    }
    refresh();
  }

  /** Files the app in the catalogue (000 8.2.3 a; 001 6.3). */
  public void classify() {
    if (ConsoleActions.attempt(
        () ->
            apps.classify(
                id,
                ServiceObject.valueOf(serviceObject),
                theme,
                ServiceLevel.valueOf(serviceLevel),
                AppType.valueOf(appType)))) {
      ConsoleActions.info("已保存分类");
    }
    refresh();
  }

  /** Publishes to the chosen halls and puts the app online (000 8.2.3 b). */
  public void publish() {
    if (ConsoleActions.attempt(() -> apps.publish(id, hallIds, displayName, sortOrder))) {
      ConsoleActions.done("上线发布");
    }
    refresh();
  }

  /** 整改 (000 9.5): a rejected or offline app becomes a new draft revision. */
  /** Switches the gateway's test mode on for the draft app (000 9.3 功能测试; issue 14). */
  public void startTestMode() {
    ConsoleActions.attempt(() -> testMode.start(id, testModeHours));
    refresh();
  }

  public void stopTestMode() {
    ConsoleActions.attempt(() -> testMode.stop(id));
    refresh();
  }

  /** Test mode is for a draft in its functional test, before review. */
  public boolean isTestable() {
    return current != null && current.status() == ReviewStatus.DRAFT;
  }

  public int getTestModeHours() {
    return testModeHours;
  }

  public void setTestModeHours(int testModeHours) {
    this.testModeHours = testModeHours;
  }

  public void rectify() {
    ConsoleActions.attempt(() -> apps.rectify(id));
    refresh();
  }

  public void submit() {
    perform(ReviewAction.SUBMIT);
  }

  public void approve() {
    perform(ReviewAction.APPROVE);
  }

  public void reject() {
    perform(ReviewAction.REJECT);
  }

  public void putOnline() {
    perform(ReviewAction.ONLINE);
  }

  public void takeOffline() {
    perform(ReviewAction.OFFLINE);
  }

  private void perform(ReviewAction action) {
    if (ConsoleActions.attempt(() -> apps.perform(id, action, reason))) {
      reason = null;
      ConsoleActions.done(action.label());
    }
    refresh();
  }

  private void refresh() {
    current = apps.get(id);
    history = apps.history(id);
    files = appFiles.files(id);
    notes = maintenance.notes(id);
    halls = apps.halls();
    publications = apps.publications(id);
    if (hallIds.isEmpty()) {
      hallIds =
          new java.util.ArrayList<>(publications.stream().map(PublicationView::hallId).toList());
    }
    if (displayName == null) {
      displayName = publications.isEmpty() ? current.name() : publications.get(0).displayName();
    }
    serviceObject = current.serviceObject();
    theme = current.theme();
    serviceLevel = current.serviceLevel();
    appType = current.appType();
    bound = apps.boundInterfaces(id);
    bindable = apps.bindableInterfaces(id);
  }

  public boolean can(String action) {
    return current != null && ReviewAction.valueOf(action).allowedFrom(current.status());
  }

  public boolean isEditable() {
    return current != null && current.status().editable();
  }

  public boolean isRectifiable() {
    return current != null
        && (current.status() == ReviewStatus.OFFLINE || current.status() == ReviewStatus.REJECTED);
  }

  public List<String> getThemes() {
    return ServiceThemes.of(
        ServiceObject.valueOf(serviceObject == null ? "NATURAL_PERSON" : serviceObject));
  }

  public ServiceObject[] getServiceObjects() {
    return ServiceObject.values();
  }

  public ServiceLevel[] getServiceLevels() {
    return ServiceLevel.values();
  }

  public AppType[] getAppTypes() {
    return AppType.values();
  }

  public List<HallView> getHalls() {
    return halls;
  }

  public List<PublicationView> getPublications() {
    return publications;
  }

  public List<Long> getHallIds() {
    return hallIds;
  }

  public void setHallIds(List<Long> hallIds) {
    this.hallIds = hallIds == null ? new java.util.ArrayList<>() : hallIds;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(int sortOrder) {
    this.sortOrder = sortOrder;
  }

  public String getServiceObject() {
    return serviceObject;
  }

  public void setServiceObject(String serviceObject) {
    this.serviceObject = serviceObject;
  }

  public String getTheme() {
    return theme;
  }

  public void setTheme(String theme) {
    this.theme = theme;
  }

  public String getServiceLevel() {
    return serviceLevel;
  }

  public void setServiceLevel(String serviceLevel) {
    this.serviceLevel = serviceLevel;
  }

  public String getAppType() {
    return appType;
  }

  public void setAppType(String appType) {
    this.appType = appType;
  }

  public List<AppNoteView> getNotes() {
    return notes;
  }

  public NoteKind[] getNoteKinds() {
    return NoteKind.values();
  }

  public String getNoteKind() {
    return noteKind;
  }

  public void setNoteKind(String noteKind) {
    this.noteKind = noteKind;
  }

  public String getNoteText() {
    return noteText;
  }

  public void setNoteText(String noteText) {
    this.noteText = noteText;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public List<AppFileView> getFiles() {
    return files;
  }

  public String getFileKind() {
    return fileKind;
  }

  public void setFileKind(String fileKind) {
    this.fileKind = fileKind;
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }

  public AppView getCurrent() {
    return current;
  }

  public List<ReviewTransitionView> getHistory() {
    return history;
  }

  public List<InterfaceView> getBound() {
    return bound;
  }

  public List<InterfaceView> getBindable() {
    return bindable;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getInterfaceId() {
    return interfaceId;
  }

  public void setInterfaceId(Long interfaceId) {
    this.interfaceId = interfaceId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
