/**
 * The console's pages of mobile-end filing (移动端备案, 000 10; 001 5, 9; issue 18): the list and its
 * export, the submitter's draft form with its uploads and completeness list, a filing's page with
 * the reviewer's checklist a)–i) and the record, and the message centre (我的消息). The beans only map
 * between the pages and {@code org.onewindow.filing.service} and show its refusals: every rule is
 * the services'. The servlets stream what a page links to (images, the export, the record's PDF)
 * through the same services, so the same scope and role checks apply.
 */
package org.onewindow.web.console.filing;
