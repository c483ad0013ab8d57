package org.onewindow.matter.service;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.onewindow.common.Localized;

/**
 * One page of the portal's matter navigation (001 6.3): the matters found and the facets with their
 * counts.
 *
 * @param items the page's matters
 * @param total matters found in all
 * @param facets every facet's values with their counts
 */
public record MatterBrowse(List<MatterSummary> items, long total, MatterFacets facets)
    implements Localized<MatterBrowse>, Serializable {

  @Override
  public MatterBrowse in(Locale locale) {
    return new MatterBrowse(
        items.stream().map(i -> i.in(locale)).toList(), total, facets.in(locale));
  }
}
