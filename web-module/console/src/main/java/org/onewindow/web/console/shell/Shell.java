package org.onewindow.web.console.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * What the console's template shows around a page ({@code #{shell}}): the side menu of the
 * signed-in user, and the breadcrumb trail of the page's menu entry (a page names its entry with
 * {@code <ui:param name="menuEntry" value="…"/>} and the item it shows, if any, with {@code
 * <ui:param name="crumb" value="…"/>}: group → page → item).
 */
@Named
@RequestScoped
public class Shell {

  @Inject private ConsoleMenu menu;

  @Inject private HttpServletRequest request;

  private List<MenuGroup> groups;

  /** The groups and entries the user's roles allow; nothing for a user with no console role. */
  public List<MenuGroup> getGroups() {
    if (groups == null) {
      groups = menu.visibleTo(request::isUserInRole);
    }
    return groups;
  }

  /**
   * The entry named {@code id} and its group, for the page's breadcrumbs; null when the page names
   * none (the start page) or one the menu does not hold.
   */
  public ConsoleMenu.Placed placed(String id) {
    return id == null || id.isBlank() ? null : menu.find(id).orElse(null);
  }
}
