package org.onewindow.matter.service;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.onewindow.common.Localized;
import org.onewindow.common.ResultPage;

/**
 * A page of a matter search as the API answers it ({@link ResultPage} with its rows readable in the
 * caller's language).
 *
 * @param items the page's rows
 * @param total rows in the whole result
 */
public record MatterPage(List<MatterSummary> items, long total)
    implements Localized<MatterPage>, Serializable {

  public static MatterPage of(ResultPage<MatterSummary> page) {
    return new MatterPage(page.rows(), page.total());
  }

  @Override
  public MatterPage in(Locale locale) {
    return new MatterPage(items.stream().map(i -> i.in(locale)).toList(), total);
  }
}
