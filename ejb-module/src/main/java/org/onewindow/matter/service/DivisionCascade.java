package org.onewindow.matter.service;

import java.io.Serializable;
import java.util.List;

/**
 * The province → city → county cascade of the navigation (issue 20 item 1, from the division
 * table): every province; the cities of the chosen province; the counties of the chosen city.
 *
 * @param provinces every province of the table
 * @param cities the divisions under the chosen province (none when none is chosen)
 * @param counties the divisions under the chosen city (none when none is chosen)
 * @param province the chosen province's code, or blank
 * @param city the chosen city's code, or blank
 * @param county the chosen county's code, or blank
 */
public record DivisionCascade(
    List<DivisionOption> provinces,
    List<DivisionOption> cities,
    List<DivisionOption> counties,
    String province,
    String city,
    String county)
    implements Serializable {

  public DivisionCascade {
    provinces = List.copyOf(provinces);
    cities = List.copyOf(cities);
    counties = List.copyOf(counties);
  }
}
