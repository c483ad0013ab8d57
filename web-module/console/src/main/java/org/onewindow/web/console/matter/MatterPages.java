package org.onewindow.web.console.matter;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Locale;
import org.onewindow.common.ConcurrentChange;
import org.onewindow.common.Localized;
import org.onewindow.common.Messages;
import org.onewindow.common.PlatformException;
import org.onewindow.web.console.ConsoleTexts;

/**
 * How the matter pages speak: their texts in the console's language, the services' views read in
 * it, and a refusal of the services shown as the page's message instead of an error page.
 */
final class MatterPages {

  private MatterPages() {}

  /** Runs {@code action}; returns whether it went through, else the refusal is the message. */
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
        throw e; // the error page, with an incident in the log
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

  /** Messages survive the redirect after an action: post, redirect, get. */
  static void keepMessagesOverRedirect() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  static <T extends Localized<T>> T read(T view) {
    return view == null ? null : view.in(language());
  }

  static <T extends Localized<T>> List<T> read(List<T> views) {
    Locale language = language();
    return views.stream().map(view -> view.in(language)).toList();
  }

  /** The console's language: the view's, which the template sets from the language switch. */
  static Locale language() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null
        ? Messages.PLATFORM_LOCALE
        : faces.getViewRoot().getLocale();
  }
}
