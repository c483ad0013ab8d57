/**
 * Shared kernel: the message centre (我的消息, issue 18 item 4; 001 7.7 g), the platform's one store of
 * notices to people — the console's staff and the portal's citizens and enterprise users alike. A
 * capability posts a notice to a person when something of theirs changes (a filing approved, an
 * online case accepted or concluded, a consent given) with {@link
 * org.onewindow.notice.Notices#post} in its own transaction, so a notice exists exactly when the
 * change does; the person reads and marks their notices through {@link
 * org.onewindow.notice.NoticeService}, which shows nobody anyone else's. A notice keeps a message
 * key and its arguments, not a text, so each reader sees it in their own language.
 */
package org.onewindow.notice;
