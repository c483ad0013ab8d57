package org.onewindow.web.console.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onewindow.common.Roles;
import org.onewindow.web.console.appcenter.AppCentreMenu;
import org.onewindow.web.console.audit.OperationsMenu;

/**
 * The side menu shows each user only the entries their roles allow (issue 18 item 5: deny by
 * default): the console's own groups as they ship, and an entry that names no role.
 */
class ConsoleMenuTest {

  private static final ConsoleMenu MENU =
      new ConsoleMenu(
          List.of(
              new MessagesMenu().group(),
              new OperationsMenu().group(),
              new FilingMenu().group(),
              new AppCentreMenu().group()));

  private static List<String> seenBy(String... roles) {
    Set<String> held = Set.of(roles);
    return MENU.visibleTo(held::contains).stream()
        .flatMap(group -> group.entries().stream().map(e -> group.id() + "/" + e.id()))
        .toList();
  }

  @Test
  void aUnitDeveloperSeesTheAppCentreItsFilingsAndMessagesButNoReviewQueueNorAudit() {
    assertEquals(
        List.of(
            "appcenter/dashboard",
            "appcenter/interfaces",
            "appcenter/apps",
            "filing/filings",
            "filing/filing-form",
            "messages/messages"),
        seenBy(Roles.UNIT_DEVELOPER));
  }

  @Test
  void aFilingReviewerSeesOnlyFilingsTheReviewQueueAndMessages() {
    assertEquals(
        List.of("filing/filings", "filing/filing-reviews", "messages/messages"),
        seenBy(Roles.FILING_REVIEWER));
  }

  @Test
  void anAppReviewerSeesTheAppCentreWithTheLexiconButNoFiling() {
    assertEquals(
        List.of(
            "appcenter/dashboard",
            "appcenter/interfaces",
            "appcenter/apps",
            "appcenter/sensitive-words",
            "messages/messages"),
        seenBy(Roles.APP_REVIEWER));
  }

  @Test
  void aPlatformAdministratorSeesEveryGroupInOrder() {
    assertEquals(
        List.of("appcenter", "filing", "ops", "messages"),
        MENU.visibleTo(Roles.PLATFORM_ADMIN::equals).stream().map(MenuGroup::id).toList());
    assertEquals(
        List.of(
            "appcenter/dashboard",
            "appcenter/interfaces",
            "appcenter/apps",
            "appcenter/sensitive-words",
            "filing/filings",
            "filing/filing-form",
            "filing/filing-reviews",
            "ops/audit",
            "messages/messages"),
        seenBy(Roles.PLATFORM_ADMIN));
  }

  @Test
  void whoHoldsNoConsoleRoleSeesNothing() {
    assertEquals(List.of(), seenBy());
    assertEquals(List.of(), seenBy(Roles.CITIZEN, Roles.ENTERPRISE_USER, Roles.API_CLIENT));
  }

  @Test
  void anEntryThatNamesNoRoleIsShownToNobodyAndAnEmptyGroupNotAtAll() {
    ConsoleMenu menu =
        new ConsoleMenu(
            List.of(
                new MenuGroup(
                    "new",
                    "menu.group.new",
                    50,
                    List.of(MenuEntry.of("unfinished", "menu.unfinished", "unfinished.xhtml")))));
    assertEquals(List.of(), menu.visibleTo(role -> true));
    assertEquals(1, menu.groups().size(), "the menu still holds it, for breadcrumbs");
  }

  @Test
  void anEntryIsFoundWithItsGroupForBreadcrumbsAndItsElementIdIsStable() {
    ConsoleMenu.Placed placed = MENU.find("filing-reviews").orElseThrow();
    assertEquals("menu.group.filing", placed.group().labelKey());
    assertEquals("filing-reviews.xhtml", placed.entry().path());
    assertEquals("menu-filing-reviews", placed.entry().elementId());
    assertEquals("menu-group-filing", placed.group().elementId());
    assertTrue(MENU.find("no-such-page").isEmpty());
  }
}
