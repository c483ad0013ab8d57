package org.onewindow.web.console;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The console's language: Chinese unless the administrator switches to English. The browser's
 * Accept-Language is deliberately not consulted: a government console speaks Chinese first.
 */
@Named
@SessionScoped
public class LocaleSwitch implements Serializable {

  private static final long serialVersionUID = 1L;

  private Locale locale = Locale.SIMPLIFIED_CHINESE;

  public Locale getLocale() {
    return locale;
  }

  public String getLanguage() {
    return locale.getLanguage();
  }

  public void useChinese() {
    use(Locale.SIMPLIFIED_CHINESE);
  }

  public void useEnglish() {
    use(Locale.ENGLISH);
  }

  private void use(Locale chosen) {
    locale = chosen;
    FacesContext.getCurrentInstance().getViewRoot().setLocale(chosen);
  }
}
