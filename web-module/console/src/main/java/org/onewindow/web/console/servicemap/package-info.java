/**
 * The service map's hall registry in the console (issue 20 item 7, 000 8.1.2 i): an access unit's
 * administrators keep their unit's 政务服务大厅, platform administrators every unit's — the rule is
 * {@code ServiceHallService}'s; this page lists, writes and removes.
 */
package org.onewindow.web.console.servicemap;
