package org.onewindow.web.console.shell;

import java.io.Serializable;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One page of the side menu.
 *
 * @param id the entry's stable name: the menu link's element id is {@code menu-<id>}, and a page
 *     names it in {@code <ui:param name="menuEntry" value="<id>"/>} for its breadcrumbs
 * @param labelKey the console bundle's key of the entry's text
 * @param path the page, relative to the console's root (e.g. {@code interfaces.xhtml})
 * @param roles the roles that see the entry; none: nobody sees it (deny by default)
 */
public record MenuEntry(String id, String labelKey, String path, Set<String> roles)
    implements Serializable {

  public MenuEntry {
    roles = Set.copyOf(roles);
  }

  /** An entry seen by holders of any of {@code roles}. */
  public static MenuEntry of(String id, String labelKey, String path, String... roles) {
    return new MenuEntry(id, labelKey, path, Set.of(roles));
  }

  /** Whether a user holding the roles {@code holds} admits sees the entry. */
  public boolean visibleTo(Predicate<String> holds) {
    return roles.stream().anyMatch(holds);
  }

  /** The menu link's element id, stable for tests: {@code menu-<id>}. */
  public String elementId() {
    return "menu-" + id;
  }
}
