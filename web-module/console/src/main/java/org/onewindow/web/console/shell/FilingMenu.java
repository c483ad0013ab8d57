package org.onewindow.web.console.shell;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.onewindow.common.Roles;

/**
 * 移动端备案 in the side menu (000 10; 001 5, 9): the filings a user may see, a new filing for a unit's
 * developer, and the review queue for filing reviewers; platform administrators see all three. Its
 * pages belong to the filing capability, which may move this class next to them.
 */
@ApplicationScoped
public class FilingMenu implements MenuContribution {

  private static final MenuGroup GROUP =
      new MenuGroup(
          "filing",
          "menu.group.filing",
          20,
          List.of(
              MenuEntry.of(
                  "filings",
                  "menu.filings",
                  "filings.xhtml",
                  Roles.UNIT_DEVELOPER,
                  Roles.FILING_REVIEWER,
                  Roles.PLATFORM_ADMIN),
              MenuEntry.of(
                  "filing-form",
                  "menu.filingForm",
                  "filing-form.xhtml",
                  Roles.UNIT_DEVELOPER,
                  Roles.PLATFORM_ADMIN),
              MenuEntry.of(
                  "filing-reviews",
                  "menu.filingReviews",
                  "filing-reviews.xhtml",
                  Roles.FILING_REVIEWER,
                  Roles.PLATFORM_ADMIN)));

  @Override
  public MenuGroup group() {
    return GROUP;
  }
}
