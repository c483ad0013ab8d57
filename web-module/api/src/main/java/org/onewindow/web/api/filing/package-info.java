/**
 * {@code /api/v1/filings}, {@code /api/v1/filing-records} and {@code /api/v1/notices}: mobile-end
 * filing (000 10) for access units' systems and reviewers, the public verification of filing
 * records, and the caller's message centre. Each resource validates the request's shape and hands
 * it to one service; the rules live there.
 */
package org.onewindow.web.api.filing;
