package org.onewindow.web.console.filing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.onewindow.filing.service.FilingService;
import org.onewindow.web.console.ConsolePages;
import org.onewindow.web.console.ConsoleTexts;

/**
 * The draft form's uploads (001 5.1–5.3; 000 10.1): the icon, the screenshots (at least three) and
 * the install package of a chosen platform. Plain multipart posts: the service checks every byte
 * and keeps nothing of a refused file; then the form is fetched again (post, redirect, get), its
 * message carried in the flash.
 */
@Named
@ViewScoped
public class UploadFilingFiles implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private FilingService filings;

  @Inject private EditFiling form;

  private transient Part icon;
  private transient Part screenshot;
  private transient Part installPackage;
  private String platform = "android";

  public String uploadIcon() {
    store(icon, (id, in, name) -> filings.uploadImage(id, "icon", in, name));
    return back();
  }

  public String uploadScreenshot() {
    store(screenshot, (id, in, name) -> filings.uploadImage(id, "screenshot", in, name));
    return back();
  }

  public String uploadPackage() {
    store(installPackage, (id, in, name) -> filings.uploadPackage(id, platform, in, name));
    return back();
  }

  /** Removes a screenshot (an Ajax step of the form's image list). */
  public void removeScreenshot(long fileId) {
    if (ConsolePages.attempt(() -> filings.removeScreenshot(form.getId(), fileId))) {
      form.load();
    }
  }

  /** One upload as the service takes it. */
  @FunctionalInterface
  private interface Upload {
    void send(long filing, InputStream content, String name);
  }

  private void store(Part part, Upload upload) {
    ConsolePages.keepMessagesOverRedirect();
    if (form.getId() == null) {
      ConsolePages.error(ConsoleTexts.text(ConsolePages.language(), "filing.saveFirst"));
    } else if (part == null || part.getSize() == 0) {
      ConsolePages.error(ConsoleTexts.text(ConsolePages.language(), "app.upload.none"));
    } else {
      try (InputStream in = part.getInputStream()) {
        if (ConsolePages.attempt(
            () -> upload.send(form.getId(), in, part.getSubmittedFileName()))) {
          ConsolePages.info(
              ConsoleTexts.text(ConsolePages.language(), "filing.uploaded")
                  + part.getSubmittedFileName());
        }
      } catch (IOException e) {
        ConsolePages.error(ConsoleTexts.text(ConsolePages.language(), "app.upload.unreadable"));
      }
    }
  }

  private String back() {
    return form.getId() == null
        ? null
        : "/filing-form.xhtml?faces-redirect=true&id=" + form.getId();
  }

  public Part getIcon() {
    return icon;
  }

  public void setIcon(Part icon) {
    this.icon = icon;
  }

  public Part getScreenshot() {
    return screenshot;
  }

  public void setScreenshot(Part screenshot) {
    this.screenshot = screenshot;
  }

  public Part getInstallPackage() {
    return installPackage;
  }

  public void setInstallPackage(Part installPackage) {
    this.installPackage = installPackage;
  }

  public String getPlatform() {
    return platform;
  }

  public void setPlatform(String platform) {
    this.platform = platform;
  }
}
