package org.onewindow.matter.service;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.onewindow.common.Localized;

/**
 * A matter in force as its public page lays it out for a citizen (001 7.1; issue 20 item 2): every
 * element, the process as steps, the division by name.
 *
 * @param matter the published version's elements
 * @param steps 办理流程 as steps, in order
 * @param divisionName the name of the agency's division
 */
public record MatterDetail(MatterView matter, List<String> steps, String divisionName)
    implements Localized<MatterDetail>, Serializable {

  public MatterDetail {
    steps = List.copyOf(steps);
  }

  @Override
  public MatterDetail in(Locale locale) {
    return new MatterDetail(matter.in(locale), steps, divisionName);
  }
}
