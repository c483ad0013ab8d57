package org.onewindow.web.console.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The console's side menu: every capability's {@link MenuGroup}, in order. What one user sees is
 * {@link #visibleTo}: the entries their roles allow, and only the groups left with an entry.
 */
@ApplicationScoped
public class ConsoleMenu {

  private List<MenuGroup> groups;

  /** For CDI. */
  protected ConsoleMenu() {}

  @Inject
  ConsoleMenu(@Any Instance<MenuContribution> contributions) {
    this(contributions.stream().map(MenuContribution::group).toList());
  }

  /** A menu of these groups (tests; CDI gathers the contributions). */
  public ConsoleMenu(List<MenuGroup> groups) {
    this.groups =
        groups.stream()
            .sorted(Comparator.comparingInt(MenuGroup::order).thenComparing(MenuGroup::id))
            .toList();
  }

  /** Every group with every entry, whoever may see them. */
  public List<MenuGroup> groups() {
    return groups;
  }

  /**
   * The menu a user holding the roles {@code holds} admits sees: only the entries one of their
   * roles allows (an entry that names none is nobody's), and no group left empty.
   */
  public List<MenuGroup> visibleTo(Predicate<String> holds) {
    return groups.stream()
        .map(group -> group.visibleTo(holds))
        .filter(group -> !group.entries().isEmpty())
        .toList();
  }

  /** The entry named {@code id} and its group, whoever may see it (for breadcrumbs). */
  public Optional<Placed> find(String id) {
    for (MenuGroup group : groups) {
      for (MenuEntry entry : group.entries()) {
        if (entry.id().equals(id)) {
          return Optional.of(new Placed(group, entry));
        }
      }
    }
    return Optional.empty();
  }

  /** An entry with the group it sits in. */
  public record Placed(MenuGroup group, MenuEntry entry) {}
}
