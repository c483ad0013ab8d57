package org.onewindow.web.api.casework;

import java.util.List;
import org.onewindow.casework.service.CaseSummary;
import org.onewindow.common.ResultPage;

/**
 * A page of a case search as the API answers it.
 *
 * @param items the page's cases
 * @param total how many cases the search finds
 */
public record CasePage(List<CaseSummary> items, long total) {

  static CasePage of(ResultPage<CaseSummary> page) {
    return new CasePage(page.rows(), page.total());
  }
}
