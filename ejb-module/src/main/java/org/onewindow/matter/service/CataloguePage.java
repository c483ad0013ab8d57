package org.onewindow.matter.service;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.onewindow.common.Localized;
import org.onewindow.common.ResultPage;

/**
 * A page of the basic catalogue as the API answers it.
 *
 * @param items the page's rows
 * @param total rows in the whole result
 */
public record CataloguePage(List<CatalogueView> items, long total)
    implements Localized<CataloguePage>, Serializable {

  public static CataloguePage of(ResultPage<CatalogueView> page) {
    return new CataloguePage(page.rows(), page.total());
  }

  @Override
  public CataloguePage in(Locale locale) {
    return new CataloguePage(items.stream().map(i -> i.in(locale)).toList(), total);
  }
}
