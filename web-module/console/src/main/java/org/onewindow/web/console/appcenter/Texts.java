package org.onewindow.web.console.appcenter;

import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.onewindow.common.Messages;
import org.onewindow.common.PlatformException;
import org.onewindow.web.console.ConsoleTexts;

/** The console's texts ({@link ConsoleTexts}, {@code msg}), for messages built in beans. */
final class Texts {

  private Texts() {}

  static String of(FacesContext faces, String key) {
    return ConsoleTexts.text(language(faces), key);
  }

  /**
   * A service's refusal in the console's language (the language switch's, which the view carries):
   * a platform exception's message key read in it; a text not converted yet as it was written.
   */
  static String refusal(FacesContext faces, RuntimeException e) {
    return e instanceof PlatformException platform
        ? platform.message(language(faces))
        : e.getMessage();
  }

  /** The console's language: the view's, which the template sets from the language switch. */
  static Locale language(FacesContext faces) {
    return faces.getViewRoot() == null ? Messages.PLATFORM_LOCALE : faces.getViewRoot().getLocale();
  }
}
