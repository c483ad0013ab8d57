package org.onewindow.web.console.appcenter;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.onewindow.common.BusyException;
import org.onewindow.common.ConcurrentChange;
import org.onewindow.common.DutySeparationException;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.StateConflictException;

/**
 * How the application centre's pages run an action the services may refuse: the refusal's message
 * (written for users by the service, read in the console's language) becomes the page's message, a
 * role the service refuses reads 「当前角色不能执行此操作」, losing a race for the same record 「请刷新后重试」. One
 * place, so every page answers refusals alike.
 */
final class ConsoleActions {

  private ConsoleActions() {}

  /** Runs {@code action}; returns whether it went through. */
  static boolean attempt(Runnable action) {
    try {
      action.run();
      return true;
    } catch (InvalidInputException
        | StateConflictException
        | DutySeparationException
        | NotFoundException
        | BusyException e) {
      error(Texts.refusal(FacesContext.getCurrentInstance(), e));
    } catch (EJBAccessException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      error(Texts.of(faces, "interface.notYours"));
    } catch (RuntimeException e) {
      if (!ConcurrentChange.explains(e)) {
        throw e; // the error page, with an incident in the log
      }
      error(ConcurrentChange.message(Texts.language(FacesContext.getCurrentInstance())));
    }
    return false;
  }

  /** 已完成：… after a review action. */
  static void done(String what) {
    FacesContext faces = FacesContext.getCurrentInstance();
    info(Texts.of(faces, "interface.done") + what);
  }

  static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  static void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }
}
