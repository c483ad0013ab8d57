package org.onewindow.web.portal.casework;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.onewindow.casework.domain.CaseStage;
import org.onewindow.casework.service.MaterialSlot;
import org.onewindow.casework.service.OnlineApplicationService;
import org.onewindow.casework.service.OnlineCaseView;
import org.onewindow.web.portal.SignInServlet;

/**
 * 办件进度 ({@code case.xhtml?id=…}, 001 7.3): one of the applicant's cases with the stages 受理, 审查, 决定,
 * 办结, the materials, delivery and progress; while a correction is asked (补正), the request, the
 * upload of what was missing and the resubmission.
 */
@Named
@ViewScoped
public class FollowCase implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private OnlineApplicationService applications;

  private String id = "";
  private OnlineCaseView view;
  private List<MaterialSlot> slots = List.of();
  private String material = "";
  private transient Part file;

  /** Loads the case (the view action); another's or an unknown number shows the message. */
  public void load() {
    if (id.isEmpty()) {
      setId(PortalPages.parameter("id")); // the view parameter's, read directly
    }
    if (!PortalPages.signedIn()) {
      PortalPages.redirect(
          SignInServlet.PATH + "/case/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
      return;
    }
    if (view == null) {
      reload();
    }
  }

  private void reload() {
    PortalPages.attempt(
        () -> {
          view = applications.mine(id);
          slots = view.correctionRequested() ? applications.slotsOf(id) : List.of();
          if (material.isEmpty() && !slots.isEmpty()) {
            material = slots.get(0).name();
          }
        });
  }

  /** 补正: hands in a file for a material. */
  public void upload() {
    if (file == null || file.getSize() == 0) {
      PortalPages.error(PortalPages.text("apply.noFile"));
      return;
    }
    PortalPages.attempt(
        () -> {
          try (InputStream in = file.getInputStream()) {
            applications.upload(applications.idOf(id), material, in, file.getSubmittedFileName());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          PortalPages.info(PortalPages.text("apply.uploaded", material));
        });
    reload();
  }

  /** 补正: hands the corrected application back. */
  public void resubmit() {
    if (PortalPages.attempt(() -> view = applications.resubmit(id))) {
      PortalPages.info(PortalPages.text("case.resubmitted"));
      slots = List.of();
    }
  }

  /** The stages in their order, for the progress bar. */
  public List<CaseStage> getStages() {
    return List.of(CaseStage.values());
  }

  /** Whether the case has reached {@code stage}. */
  public boolean reached(CaseStage stage) {
    CaseStage current = view == null ? null : view.state().stage();
    if (current == null) {
      return view != null && view.acceptedAt() != null && stage == CaseStage.ACCEPTED;
    }
    return current.ordinal() >= stage.ordinal();
  }

  public OnlineCaseView getView() {
    return view;
  }

  public List<MaterialSlot> getSlots() {
    return slots;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id == null ? "" : id.strip();
  }

  public String getMaterial() {
    return material;
  }

  public void setMaterial(String material) {
    this.material = material;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
