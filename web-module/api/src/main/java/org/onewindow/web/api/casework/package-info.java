/**
 * {@code /api/v1/cases}: reading the cases (001 7.3 办件查询) the caller's unit may see, applicants
 * masked. Cases come only from the inbound sync (004 7): the API writes none. The resource checks
 * the request's shape and hands it to {@code CaseQueryService}.
 */
package org.onewindow.web.api.casework;
