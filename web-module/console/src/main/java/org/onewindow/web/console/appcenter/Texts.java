package org.onewindow.web.console.appcenter;

import jakarta.faces.context.FacesContext;
import org.onewindow.common.InvalidInputException;

/** The console's resource bundle ({@code msg}), for messages built in beans. */
final class Texts {

  private Texts() {}

  static String of(FacesContext faces, String key) {
    return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
  }

  /**
   * A service's refusal in the console's language: the input rules' refusals carry a message key
   * and read in English too; the others are written in Chinese once.
   */
  static String refusal(FacesContext faces, RuntimeException e) {
    if (e instanceof InvalidInputException invalid && faces.getViewRoot() != null) {
      return invalid.message(faces.getViewRoot().getLocale());
    }
    return e.getMessage();
  }
}
