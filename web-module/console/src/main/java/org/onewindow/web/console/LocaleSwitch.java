package org.onewindow.web.console;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import org.onewindow.web.support.LanguageChoice;

/** The console's language: Chinese unless the administrator switches to English. */
@Named
@SessionScoped
public class LocaleSwitch extends LanguageChoice {

  private static final long serialVersionUID = 1L;
}
