package org.onewindow.web.console.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.onewindow.common.Roles;
import org.onewindow.web.console.shell.MenuContribution;
import org.onewindow.web.console.shell.MenuEntry;
import org.onewindow.web.console.shell.MenuGroup;

/**
 * 运维 in the side menu: the audit trail, for platform administrators only (GB/T 22239 8.1.4.3: audit
 * records are protected from those they record; web.xml guards the page the same way). The batch
 * census has no page of its own: it sits on the start page.
 */
@ApplicationScoped
public class OperationsMenu implements MenuContribution {

  private static final MenuGroup GROUP =
      new MenuGroup(
          "ops",
          "menu.group.ops",
          90,
          List.of(MenuEntry.of("audit", "audit.link", "audit.xhtml", Roles.PLATFORM_ADMIN)));

  @Override
  public MenuGroup group() {
    return GROUP;
  }
}
