package org.onewindow.web.console.appcenter;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.onewindow.appcenter.service.AppFileService;
import org.onewindow.appcenter.service.AppFileView;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.StateConflictException;
import org.onewindow.web.console.ConsolePages;

/** 应用上传 (000 9.3): the app's packages, icon and screenshots, and uploading another. */
@Named
@ViewScoped
public class UploadAppFile implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AppFileService appFiles;

  @Inject private ShowApp page;

  private String fileKind = "h5-package";
  private transient Part upload;
  private List<AppFileView> files;
  private int readAt = -1;

  /**
   * Stores the chosen file; the service checks kind, size and content. A plain multipart post, so
   * the page is then fetched again (post, redirect, get) with its {@code ?id=}, and the message
   * travels in the flash.
   */
  public String uploadFile() {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    if (upload == null || upload.getSize() == 0) {
      ConsolePages.error(Texts.of(faces, "app.upload.none"));
    } else {
      try (InputStream in = upload.getInputStream()) {
        AppFileView stored =
            appFiles.upload(page.getId(), fileKind, in, upload.getSubmittedFileName());
        ConsolePages.info(
            Texts.of(faces, "app.upload.done")
                + ConsolePages.read(stored).kindLabel()
                + " SM3 "
                + stored.sm3());
      } catch (InvalidInputException | StateConflictException e) {
        ConsolePages.error(Texts.refusal(faces, e));
      } catch (IOException e) {
        ConsolePages.error(Texts.of(faces, "app.upload.unreadable"));
      }
    }
    return "/app.xhtml?faces-redirect=true&id=" + page.getId();
  }

  public List<AppFileView> getFiles() {
    if (readAt != page.reloads()) {
      readAt = page.reloads();
      files = null;
    }
    if (files == null) {
      files =
          page.getCurrent() == null ? List.of() : ConsolePages.read(appFiles.files(page.getId()));
    }
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
}
