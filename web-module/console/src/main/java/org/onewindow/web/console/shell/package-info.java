/**
 * The console's shell (issue 18 item 5): the side menu grouped by capability, the breadcrumbs and
 * the header every page sits in. The menu is data ({@link
 * org.onewindow.web.console.shell.MenuGroup}, {@link org.onewindow.web.console.shell.MenuEntry})
 * that each capability contributes ({@link org.onewindow.web.console.shell.MenuContribution}); it
 * shows a user only the entries their roles allow, and an entry that names no role is shown to
 * nobody (deny by default). The menu is no security check: each page keeps its own constraint
 * (web.xml) and each service its roles.
 */
package org.onewindow.web.console.shell;
