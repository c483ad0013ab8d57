package org.onewindow.filing.service;

import java.io.Serializable;
import java.util.Locale;
import org.onewindow.common.Localized;
import org.onewindow.common.Messages;

/**
 * A field that changed since the last reviewed revision (issue 18 item 2).
 *
 * @param fieldKey the field's message key
 * @param field the field's name in the reader's language
 * @param before its value then (people masked)
 * @param after its value now
 */
public record FilingChangeView(String fieldKey, String field, String before, String after)
    implements Localized<FilingChangeView>, Serializable {

  @Override
  public FilingChangeView in(Locale locale) {
    return new FilingChangeView(fieldKey, Messages.text(fieldKey, locale), before, after);
  }
}
