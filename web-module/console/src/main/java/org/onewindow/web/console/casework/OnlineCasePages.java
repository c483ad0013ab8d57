package org.onewindow.web.console.casework;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.onewindow.common.ConcurrentChange;
import org.onewindow.common.Messages;
import org.onewindow.common.PlatformException;
import org.onewindow.web.console.ConsoleTexts;

/** How the online-case pages speak: a refusal of the service is the page's message. */
final class OnlineCasePages {

  private OnlineCasePages() {}

  static boolean attempt(Runnable action) {
    try {
      action.run();
      return true;
    } catch (PlatformException e) {
      error(e.message(language()));
    } catch (EJBAccessException e) {
      error(ConsoleTexts.text(language(), "interface.notYours"));
    } catch (RuntimeException e) {
      if (!ConcurrentChange.explains(e)) {
        throw e;
      }
      error(ConcurrentChange.message(language()));
    }
    return false;
  }

  static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  static void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  static Locale language() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null
        ? Messages.PLATFORM_LOCALE
        : faces.getViewRoot().getLocale();
  }
}
