package org.onewindow.web.console.shell;

/**
 * A capability's group of the side menu. A capability adds its pages to the console's menu by
 * providing one CDI bean of this type ({@code @ApplicationScoped}); {@link ConsoleMenu} gathers
 * them all.
 */
public interface MenuContribution {

  /** The capability's group: its heading, its place and its entries with their roles. */
  MenuGroup group();
}
