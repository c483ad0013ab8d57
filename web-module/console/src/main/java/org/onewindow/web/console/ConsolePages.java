package org.onewindow.web.console;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Locale;
import org.onewindow.common.ConcurrentChange;
import org.onewindow.common.Localized;
import org.onewindow.common.Messages;
import org.onewindow.common.PlatformException;

/**
 * How every console page speaks: an action the services may refuse is run through {@link #attempt},
 * and the refusal becomes the page's message instead of an error page — the service's own message
 * (written for users, read in the console's language), 「当前角色不能执行此操作」 for a role the service
 * refuses, 「请刷新后重试」 for a race lost on the same record; the services' views are read in the
 * console's language. One place, so every page answers refusals alike.
 */
public final class ConsolePages {

  private ConsolePages() {}

  /** Runs {@code action}; returns whether it went through, else the refusal is the message. */
  public static boolean attempt(Runnable action) {
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

  /** 已完成：… after an action. */
  public static void done(String what) {
    info(ConsoleTexts.text(language(), "interface.done") + what);
  }

  public static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  public static void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /** Messages survive the redirect after an action: post, redirect, get. */
  public static void keepMessagesOverRedirect() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  /** The view with its labels in the console's language; null stays null. */
  public static <T extends Localized<T>> T read(T view) {
    return view == null ? null : view.in(language());
  }

  /** The views with their labels in the console's language. */
  public static <T extends Localized<T>> List<T> read(List<T> views) {
    Locale language = language();
    return views.stream().map(view -> view.in(language)).toList();
  }

  /** The console's language: the view's, which the template sets from the language switch. */
  public static Locale language() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null
        ? Messages.PLATFORM_LOCALE
        : faces.getViewRoot().getLocale();
  }
}
