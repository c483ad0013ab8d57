package org.onewindow.web.console.servicemap;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.onewindow.common.Roles;
import org.onewindow.web.console.shell.MenuContribution;
import org.onewindow.web.console.shell.MenuEntry;
import org.onewindow.web.console.shell.MenuGroup;

/** 政务服务地图 in the side menu: the hall registry, for units' administrators and the platform's. */
@ApplicationScoped
public class ServiceHallMenu implements MenuContribution {

  private static final MenuGroup GROUP =
      new MenuGroup(
          "servicemap",
          "hall.menu.group",
          35,
          List.of(
              MenuEntry.of(
                  "service-halls",
                  "hall.menu.list",
                  "service-halls.xhtml",
                  Roles.UNIT_DEVELOPER,
                  Roles.PLATFORM_ADMIN),
              MenuEntry.of(
                  "hall-appointments",
                  "appointment.menu",
                  "hall-appointments.xhtml",
                  Roles.UNIT_DEVELOPER,
                  Roles.PLATFORM_ADMIN)));

  @Override
  public MenuGroup group() {
    return GROUP;
  }
}
