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
    return parse(ServiceObject.class, text, "serviceObject", "NATURAL_PERSON、LEGAL_PERSON 或 BOTH");
  }

  static ServiceLevel level(String text) {
    return parse(
        ServiceLevel.class,
        text,
        "serviceLevel",
        "NATIONAL、PROVINCIAL、MUNICIPAL、COUNTY、TOWNSHIP 或 VILLAGE");
  }

  static AppType type(String text) {
    return parse(AppType.class, text, "appType", "IDENTITY_REQUIRED 或 OPEN");
  }

  private static <E extends Enum<E>> E parse(
      Class<E> type, String text, String field, String allowed) {
    try {
      return Enum.valueOf(type, text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(field, field + " 应为 " + allowed);
    }
  }
}
