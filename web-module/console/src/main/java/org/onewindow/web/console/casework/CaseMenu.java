package org.onewindow.web.console.casework;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.onewindow.common.Roles;
import org.onewindow.web.console.shell.MenuContribution;
import org.onewindow.web.console.shell.MenuEntry;
import org.onewindow.web.console.shell.MenuGroup;

/** 办件 in the side menu (001 7.3): the case list, for platform administrators and access units. */
@ApplicationScoped
public class CaseMenu implements MenuContribution {

  private static final MenuGroup GROUP =
      new MenuGroup(
          "casework",
          "menu.group.casework",
          30,
          List.of(
              MenuEntry.of(
                  "cases", "menu.cases", "cases.xhtml", Roles.UNIT_DEVELOPER, Roles.PLATFORM_ADMIN),
              // online handling (issue 20 item 4): the implementing unit's online cases
              MenuEntry.of(
                  "online-cases",
                  "menu.onlineCases",
                  "online-cases.xhtml",
                  Roles.UNIT_DEVELOPER,
                  Roles.PLATFORM_ADMIN)));

  @Override
  public MenuGroup group() {
    return GROUP;
  }
}
