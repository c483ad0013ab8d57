package org.onewindow.web.console.shell;

import java.io.Serializable;
import java.util.List;
import java.util.function.Predicate;

/**
 * One capability's part of the side menu (应用管理中心, 移动端备案, …).
 *
 * @param id the group's stable name: its element id is {@code menu-group-<id>}
 * @param labelKey the console bundle's key of the group's heading
 * @param order where the group stands: lower first
 * @param entries its pages, in menu order
 */
public record MenuGroup(String id, String labelKey, int order, List<MenuEntry> entries)
    implements Serializable {

  public MenuGroup {
    entries = List.copyOf(entries);
  }

  /** The group with only the entries a user holding the roles {@code holds} admits sees. */
  public MenuGroup visibleTo(Predicate<String> holds) {
    return new MenuGroup(
        id, labelKey, order, entries.stream().filter(e -> e.visibleTo(holds)).toList());
  }

  /** The group's element id: {@code menu-group-<id>}. */
  public String elementId() {
    return "menu-group-" + id;
  }
}
