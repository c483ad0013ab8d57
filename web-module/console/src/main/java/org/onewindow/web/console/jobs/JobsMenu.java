package org.onewindow.web.console.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.onewindow.common.Roles;
import org.onewindow.web.console.shell.MenuContribution;
import org.onewindow.web.console.shell.MenuEntry;
import org.onewindow.web.console.shell.MenuGroup;

/** 批处理作业 in the side menu, for platform administrators only (web.xml guards the page too). */
@ApplicationScoped
public class JobsMenu implements MenuContribution {

  private static final MenuGroup GROUP =
      new MenuGroup(
          "jobs",
          "menu.group.jobs",
          91,
          List.of(MenuEntry.of("jobs", "menu.jobs", "jobs.xhtml", Roles.PLATFORM_ADMIN)));

  @Override
  public MenuGroup group() {
    return GROUP;
  }
}
