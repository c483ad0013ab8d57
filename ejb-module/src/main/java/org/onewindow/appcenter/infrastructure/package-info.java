/**
 * The application management centre's adapters to things outside the domain. Plain Java without a
 * container: services in {@code appcenter.service} hold the instances, and tests run them against a
 * JDK HTTP server on loopback.
 *
 * <ul>
 *   <li>{@link org.onewindow.appcenter.infrastructure.OutboundPolicy} and {@link
 *       org.onewindow.appcenter.infrastructure.AddressGuard}: where the platform may send a request
 *       at all. The address comes from an access unit, so the call must not become a way into the
 *       platform's own network (server-side request forgery). {@link
 *       org.onewindow.appcenter.infrastructure.Cidr} blocks name the government-intranet networks
 *       an operator opens on purpose.
 *   <li>{@link org.onewindow.appcenter.infrastructure.UpstreamClient}: one bounded request (no
 *       redirects, timeouts, a body size cap) and an {@link
 *       org.onewindow.appcenter.infrastructure.UpstreamResult} the test panel shows (000 9.4.3,
 *       图4), with the 003 Annex A 300xx code of a failure, sent by the {@code http} package's
 *       client pinned to the addresses the guard checked.
 *   <li>{@link org.onewindow.appcenter.infrastructure.ProcessResponseCheck} and {@link
 *       org.onewindow.appcenter.infrastructure.JsonDisplay}: whether the answer is the {@code
 *       process_response} envelope of 000 9.4.2 / 001 8.3.4.2 (000 9.4.3 a), and a readable form.
 *   <li>{@link org.onewindow.appcenter.infrastructure.SensitiveWordScanner}: sensitive words in the
 *       parameters sent and the content returned (000 9.4.3 b); {@link
 *       org.onewindow.appcenter.infrastructure.SensitiveWordLocator} says where (parameter, JSON
 *       path) for the feedback to the interface's provider.
 * </ul>
 */
package org.onewindow.appcenter.infrastructure;
