package org.onewindow.matter.service;

import java.io.Serializable;
import java.util.Locale;
import org.onewindow.common.Localized;
import org.onewindow.common.Messages;

/**
 * One value of a navigation facet (001 6.3) with how many published matters choosing it finds.
 *
 * @param value the value as the navigation's address spells it ({@code natural-person}), or the
 *     agency's name
 * @param labelKey the bundle key of its label, or null when the value is its own label (an agency)
 * @param label the label in the reader's language
 * @param count matters the search finds with this value instead of the facet's current choice
 * @param selected whether the search has chosen it
 * @param nested whether it is a kind under the value before it (a kind of 行政权力)
 */
public record FacetValue(
    String value, String labelKey, String label, long count, boolean selected, boolean nested)
    implements Localized<FacetValue>, Serializable {

  static FacetValue keyed(String value, String labelKey, long count, boolean selected) {
    return new FacetValue(value, labelKey, "", count, selected, false).in(Messages.PLATFORM_LOCALE);
  }

  static FacetValue named(String name, long count, boolean selected) {
    return new FacetValue(name, null, name, count, selected, false);
  }

  FacetValue nestedUnderThePrevious() {
    return new FacetValue(value, labelKey, label, count, selected, true);
  }

  @Override
  public FacetValue in(Locale locale) {
    return labelKey == null
        ? this
        : new FacetValue(value, labelKey, Messages.text(labelKey, locale), count, selected, nested);
  }
}
