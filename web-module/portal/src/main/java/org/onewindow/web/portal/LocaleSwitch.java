package org.onewindow.web.portal;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import org.onewindow.web.support.LanguageChoice;

/** The portal's language: Chinese unless the visitor switches to English (as in the console). */
@Named
@SessionScoped
public class LocaleSwitch extends LanguageChoice {

  private static final long serialVersionUID = 1L;
}
