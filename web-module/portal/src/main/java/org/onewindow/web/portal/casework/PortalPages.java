package org.onewindow.web.portal.casework;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import org.onewindow.common.ConcurrentChange;
import org.onewindow.common.Messages;
import org.onewindow.common.PlatformException;
import org.onewindow.web.portal.PortalTexts;
import org.onewindow.web.support.PageTexts;

/**
 * How the online-handling pages speak: a refusal of the services becomes the page's message in the
 * portal's language, never an error page.
 */
final class PortalPages {

  private PortalPages() {}

  /** Runs {@code action}; returns whether it went through, else the refusal is the message. */
  static boolean attempt(Runnable action) {
    try {
      action.run();
      return true;
    } catch (PlatformException e) {
      error(e.message(language()));
    } catch (EJBAccessException e) {
      error(text("online.notAllowed"));
    } catch (RuntimeException e) {
      if (!ConcurrentChange.explains(e)) {
        throw e;
      }
      error(ConcurrentChange.message(language()));
    }
    return false;
  }

  /** A request parameter, or the empty string. */
  static String parameter(String name) {
    String value =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    return value == null ? "" : value;
  }

  /** Whether someone is signed in to the portal. */
  static boolean signedIn() {
    return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
  }

  static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  static void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /** The portal bundle's text of {@code key} in the page's language. */
  static String text(String key, Object... arguments) {
    String pattern = PageTexts.text(PortalTexts.BUNDLE, language(), key);
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, language()).format(arguments);
  }

  /** Messages survive the redirect after an action: post, redirect, get. */
  static void keepMessagesOverRedirect() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  static void redirect(String pathAndQuery) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces
          .getExternalContext()
          .redirect(faces.getExternalContext().getRequestContextPath() + pathAndQuery);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  static Locale language() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null
        ? Messages.PLATFORM_LOCALE
        : faces.getViewRoot().getLocale();
  }
}
