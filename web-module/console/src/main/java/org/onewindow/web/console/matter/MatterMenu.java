package org.onewindow.web.console.matter;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.onewindow.common.Roles;
import org.onewindow.web.console.shell.MenuContribution;
import org.onewindow.web.console.shell.MenuEntry;
import org.onewindow.web.console.shell.MenuGroup;

/**
 * 事项管理 in the side menu: the implementation list for every administrator, a new item for the access
 * units' administrators and platform administrators.
 */
@ApplicationScoped
public class MatterMenu implements MenuContribution {

  private static final MenuGroup GROUP =
      new MenuGroup(
          "matter",
          "matter.menu.group",
          30,
          List.of(
              MenuEntry.of(
                  "matters",
                  "matter.menu.list",
                  "matters.xhtml",
                  Roles.UNIT_DEVELOPER,
                  Roles.PLATFORM_ADMIN,
                  Roles.APP_REVIEWER,
                  Roles.FILING_REVIEWER),
              MenuEntry.of(
                  "matter-form",
                  "matter.menu.form",
                  "matter-form.xhtml",
                  Roles.UNIT_DEVELOPER,
                  Roles.PLATFORM_ADMIN)));

  @Override
  public MenuGroup group() {
    return GROUP;
  }
}
