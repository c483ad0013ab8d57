package org.onewindow.web.console.appcenter;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.onewindow.common.Roles;
import org.onewindow.web.console.shell.MenuContribution;
import org.onewindow.web.console.shell.MenuEntry;
import org.onewindow.web.console.shell.MenuGroup;

/**
 * 应用管理中心 in the side menu (000 8.2): the overview, interfaces, apps and the sensitive-word lexicon,
 * each for the roles whose services answer it.
 */
@ApplicationScoped
public class AppCentreMenu implements MenuContribution {

  private static final MenuGroup GROUP =
      new MenuGroup(
          "appcenter",
          "menu.group.appcenter",
          10,
          List.of(
              MenuEntry.of(
                  "dashboard",
                  "nav.dashboard",
                  "dashboard.xhtml",
                  Roles.PLATFORM_ADMIN,
                  Roles.APP_REVIEWER,
                  Roles.UNIT_DEVELOPER),
              MenuEntry.of(
                  "interfaces",
                  "nav.interfaces",
                  "interfaces.xhtml",
                  Roles.PLATFORM_ADMIN,
                  Roles.APP_REVIEWER,
                  Roles.UNIT_DEVELOPER),
              MenuEntry.of(
                  "apps",
                  "nav.apps",
                  "apps.xhtml",
                  Roles.PLATFORM_ADMIN,
                  Roles.APP_REVIEWER,
                  Roles.UNIT_DEVELOPER),
              // The lexicon is the platform's to keep (000 9.4.3 b; web.xml).
              MenuEntry.of(
                  "sensitive-words",
                  "nav.sensitiveWords",
                  "sensitive-words.xhtml",
                  Roles.PLATFORM_ADMIN,
                  Roles.APP_REVIEWER)));

  @Override
  public MenuGroup group() {
    return GROUP;
  }
}
