/**
 * The console's case pages (001 7.3 办件查询): the cases of the caller's unit, a page at a time,
 * applicants masked, read from {@code CaseQueryService}.
 */
package org.onewindow.web.console.casework;
