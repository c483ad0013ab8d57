/**
 * Shared kernel: the message centre (我的消息, issue 18 item 4). A capability posts a notice to a
 * person when something of theirs changes (a filing approved, rejected, revoked) with {@link
 * org.onewindow.notice.Notices#post} in its own transaction, so a notice exists exactly when the
 * change does; the person reads and marks their notices through {@link
 * org.onewindow.notice.NoticeService}, which shows nobody anyone else's. A notice keeps a message
 * key and its arguments, not a text, so each reader sees it in their own language.
 */
package org.onewindow.notice;
