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
import org.onewindow.casework.domain.DeliveryMethod;
import org.onewindow.casework.service.ApplicationForm;
import org.onewindow.casework.service.ApplicationInput;
import org.onewindow.casework.service.MaterialSlot;
import org.onewindow.casework.service.OnlineApplicationService;
import org.onewindow.casework.service.StepUpRequiredException;
import org.onewindow.web.portal.SignInServlet;

/**
 * 在线申请 ({@code apply.xhtml?matter=…}, 001 7.2): the form of one matter, mostly picks and ticks (001
 * 6.1 h), the applicant's name from the login, the draft saved in the database with every action.
 * Submitting with a login below the matter's real-name level saves the draft and takes the
 * applicant through step-up ({@link StepUpServlet}), which brings them back here, draft intact.
 */
@Named
@ViewScoped
public class ApplyOnline implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private OnlineApplicationService applications;

  private String matter = "";
  private boolean stepped;
  private ApplicationForm form;

  private String purpose = "";
  private String idNumber = "";
  private String phone = "";
  private DeliveryMethod deliveryMethod = DeliveryMethod.ELECTRONIC;
  private String deliveryAddress = "";
  private boolean pledged;
  private String material = "";
  private transient Part file;

  /** Loads the form (the view action); an unknown matter shows the service's message. */
  public void load() {
    if (form != null) {
      return;
    }
    if (matter.isEmpty()) {
      setMatter(PortalPages.parameter("matter")); // the view parameter's, read directly
      stepped = stepped || "true".equals(PortalPages.parameter("stepped"));
    }
    if (!PortalPages.signedIn()) {
      PortalPages.redirect(SignInServlet.PATH + "/apply/" + encode(matter));
      return;
    }
    PortalPages.attempt(
        () -> {
          form = applications.open(matter);
          purpose = form.purpose();
          deliveryMethod = form.deliveryMethod();
          pledged = form.pledged();
          material = form.materials().isEmpty() ? "" : form.materials().get(0).name();
        });
    if (form != null && stepped) {
      PortalPages.info(
          PortalPages.text(form.needsStepUp() ? "apply.stepUp.short" : "apply.stepUp.done"));
    }
  }

  /** 保存草稿. */
  public void save() {
    if (saveDraft()) {
      PortalPages.info(PortalPages.text("apply.saved"));
    }
  }

  /** 上传: saves the draft, then hands in the chosen file for the chosen material. */
  public void upload() {
    if (!saveDraft()) {
      return;
    }
    if (file == null || file.getSize() == 0) {
      PortalPages.error(PortalPages.text("apply.noFile"));
      return;
    }
    PortalPages.attempt(
        () -> {
          try (InputStream in = file.getInputStream()) {
            applications.upload(form.draftId(), material, in, file.getSubmittedFileName());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          form = applications.open(matter);
          PortalPages.info(PortalPages.text("apply.uploaded", material));
        });
  }

  /**
   * 提交申请: saves, then submits; a login below the matter's level goes to step-up, and comes back to
   * this form.
   */
  public void submit() {
    if (!saveDraft()) {
      return;
    }
    String[] number = new String[1];
    int[] stepUpTo = new int[1];
    boolean done =
        PortalPages.attempt(
            () -> {
              try {
                number[0] = applications.submit(form.draftId());
              } catch (StepUpRequiredException e) {
                stepUpTo[0] = e.requiredLevel(); // the draft is saved: nothing typed is lost
              }
            });
    if (!done) {
      return;
    }
    if (stepUpTo[0] > 0) {
      PortalPages.redirect(StepUpServlet.PATH + "/" + encode(matter) + "/" + stepUpTo[0]);
      return;
    }
    PortalPages.info(PortalPages.text("apply.submitted", number[0]));
    PortalPages.keepMessagesOverRedirect();
    PortalPages.redirect("/case.xhtml?id=" + encode(number[0]));
  }

  private boolean saveDraft() {
    if (form == null) {
      return false;
    }
    return PortalPages.attempt(
        () -> {
          form =
              applications.save(
                  matter,
                  new ApplicationInput(
                      purpose, idNumber, phone, deliveryMethod, deliveryAddress, pledged));
          // the clear ID number and phone are sealed now: the page shows them masked
          idNumber = "";
          phone = "";
        });
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  public ApplicationForm getForm() {
    return form;
  }

  public List<DeliveryMethod> getDeliveryMethods() {
    return List.of(DeliveryMethod.values());
  }

  public List<MaterialSlot> getMaterials() {
    return form == null ? List.of() : form.materials();
  }

  public String getMatter() {
    return matter;
  }

  public void setMatter(String matter) {
    this.matter = matter == null ? "" : matter.strip();
  }

  public boolean isStepped() {
    return stepped;
  }

  public void setStepped(boolean stepped) {
    this.stepped = stepped;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public String getIdNumber() {
    return idNumber;
  }

  public void setIdNumber(String idNumber) {
    this.idNumber = idNumber;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public DeliveryMethod getDeliveryMethod() {
    return deliveryMethod;
  }

  public void setDeliveryMethod(DeliveryMethod deliveryMethod) {
    this.deliveryMethod = deliveryMethod;
  }

  public String getDeliveryAddress() {
    return deliveryAddress;
  }

  public void setDeliveryAddress(String deliveryAddress) {
    this.deliveryAddress = deliveryAddress;
  }

  public boolean isPledged() {
    return pledged;
  }

  public void setPledged(boolean pledged) {
    this.pledged = pledged;
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
