package org.onewindow.web.console.shell;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.onewindow.common.Roles;

/**
 * 我的消息 in the side menu: the message centre where status changes reach their submitter (issue 18
 * item 4), for every role the console admits.
 */
@ApplicationScoped
public class MessagesMenu implements MenuContribution {

  private static final MenuGroup GROUP =
      new MenuGroup(
          "messages",
          "menu.group.messages",
          100,
          List.of(
              MenuEntry.of(
                  "messages",
                  "menu.messages",
                  "messages.xhtml",
                  Roles.PLATFORM_ADMIN,
                  Roles.APP_REVIEWER,
                  Roles.FILING_REVIEWER,
                  Roles.UNIT_DEVELOPER)));

  @Override
  public MenuGroup group() {
    return GROUP;
  }
}
