package org.onewindow.web.support;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.Locale;

/**
 * The 中文 / English switch of the JSF WARs: Chinese unless the person switches to English, for the
 * rest of the session. The browser's {@code Accept-Language} is deliberately not consulted: a
 * government platform speaks Chinese first. Each WAR names a session-scoped subclass ({@code
 * localeSwitch}) that its template reads.
 */
public abstract class LanguageChoice implements Serializable {

  private static final long serialVersionUID = 1L;

  private Locale locale = Locale.SIMPLIFIED_CHINESE;

  public Locale getLocale() {
    return locale;
  }

  /** {@code zh} or {@code en}, for the page's {@code lang} and which switch to offer. */
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
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null && faces.getViewRoot() != null) {
      faces.getViewRoot().setLocale(chosen);
    }
  }
}
