package org.onewindow.web.console.appcenter;

import jakarta.faces.context.FacesContext;

/** The console's resource bundle ({@code msg}), for messages built in beans. */
final class Texts {

  private Texts() {}

  static String of(FacesContext faces, String key) {
    return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
  }
}
