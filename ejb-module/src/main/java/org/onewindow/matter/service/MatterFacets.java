package org.onewindow.matter.service;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.onewindow.common.Localized;

/**
 * The navigation facets of 001 6.3 for one search, each value with its count.
 *
 * @param nature 行政权力 (all kinds), each kind of it, and 公共服务 (6.3.1)
 * @param target natural and legal persons (6.3.2)
 * @param agency the implementing agencies with the most matters, the chosen one always (6.3.3)
 * @param theme the themes, 其他 last (6.3.4)
 * @param level national to village (6.3.5)
 * @param jurisdiction fixed-place and cross-region (6.3.6)
 * @param divisions the province → city → county cascade
 */
public record MatterFacets(
    List<FacetValue> nature,
    List<FacetValue> target,
    List<FacetValue> agency,
    List<FacetValue> theme,
    List<FacetValue> level,
    List<FacetValue> jurisdiction,
    DivisionCascade divisions)
    implements Localized<MatterFacets>, Serializable {

  @Override
  public MatterFacets in(Locale locale) {
    return new MatterFacets(
        in(nature, locale),
        in(target, locale),
        agency,
        in(theme, locale),
        in(level, locale),
        in(jurisdiction, locale),
        divisions);
  }

  private static List<FacetValue> in(List<FacetValue> values, Locale locale) {
    return values.stream().map(v -> v.in(locale)).toList();
  }
}
