/**
 * The platform's REST API under {@code /api/v1} (003 6.2.3 URL style). Every answer is the {@code
 * {code,msg,data}} envelope of 003 6.2.2.2 with the codes of 003 Annex A; resources only validate,
 * call one service and map the result.
 */
package org.onewindow.web.api;
