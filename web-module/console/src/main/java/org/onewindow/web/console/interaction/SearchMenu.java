package org.onewindow.web.console.interaction;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.onewindow.common.Roles;
import org.onewindow.web.console.shell.MenuContribution;
import org.onewindow.web.console.shell.MenuEntry;
import org.onewindow.web.console.shell.MenuGroup;

/** 搜索管理 in the side menu: the search lexicon, the platform administrators' to keep (web.xml). */
@ApplicationScoped
public class SearchMenu implements MenuContribution {

  private static final MenuGroup GROUP =
      new MenuGroup(
          "interaction",
          "interaction.menu.group",
          35,
          List.of(
              MenuEntry.of(
                  "search-words",
                  "interaction.menu.searchWords",
                  "search-words.xhtml",
                  Roles.PLATFORM_ADMIN)));

  @Override
  public MenuGroup group() {
    return GROUP;
  }
}
