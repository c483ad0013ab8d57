/** The sync capability's kept state: cursors per feed and staged inbound rows. */
package org.onewindow.sync.domain;
