package org.onewindow.web.api.appcenter;

import java.util.Locale;
import org.onewindow.appcenter.domain.AppType;
import org.onewindow.appcenter.domain.ServiceLevel;
import org.onewindow.appcenter.domain.ServiceObject;
import org.onewindow.common.InvalidInputException;

/** Reads the catalogue's names from a request: an unknown one is bad input, never a 500. */
final class Catalogue {

  private Catalogue() {}

  static ServiceObject object(String text) {
    return parse(ServiceObject.class, text, "serviceObject", "appcenter.request.serviceObject");
  }

  static ServiceLevel level(String text) {
    return parse(ServiceLevel.class, text, "serviceLevel", "appcenter.request.serviceLevel");
  }

  static AppType type(String text) {
    return parse(AppType.class, text, "appType", "appcenter.request.appType");
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String text, String field, String key) {
    try {
      return Enum.valueOf(type, text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.keyed(field, key);
    }
  }
}
