/**
 * The browser side of 界面巡检 (000 8.2.3 c; 003 6.7.3): a headless Chromium the server starts for one
 * page at a time and drives over the Chrome DevTools Protocol on the JDK's own WebSocket client
 * ({@link org.onewindow.inspection.infrastructure.CdpConnection}), no Selenium. {@link
 * org.onewindow.inspection.infrastructure.ChromiumProcess} owns the process (its whole tree is
 * killed and its profile deleted afterwards), {@link
 * org.onewindow.inspection.infrastructure.RenderRecorder} turns the protocol's events into findings
 * (plain Java, unit-tested with recorded messages), and {@link
 * org.onewindow.inspection.infrastructure.ChromiumPageRenderer} runs one page: every request the
 * page makes is held ({@code Fetch.enable}) until the outbound address guard has judged it.
 */
package org.onewindow.inspection.infrastructure;
