package org.onewindow.filing.service;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.onewindow.common.Localized;

/**
 * A page of a filing search and how many rows the whole result has.
 *
 * @param items the page's rows
 * @param total rows in the result
 */
public record FilingPage(List<FilingSummary> items, long total)
    implements Localized<FilingPage>, Serializable {

  @Override
  public FilingPage in(Locale locale) {
    return new FilingPage(items.stream().map(item -> item.in(locale)).toList(), total);
  }
}
