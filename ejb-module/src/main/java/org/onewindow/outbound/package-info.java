/**
 * Outbound calls, shared by every capability (the kernel): how the platform sends a request to an
 * address that came from outside — a registered interface, an app's page, later a payment,
 * logistics or licence platform — without that becoming a way into its own network (server-side
 * request forgery, 000 9.4.3 a). Every capability that calls out uses this package, never a client
 * of its own.
 *
 * <ul>
 *   <li>{@link org.onewindow.outbound.OutboundPolicy}: what may be called at all (schemes, ports,
 *       hosts, the government-intranet {@link org.onewindow.outbound.Cidr} blocks an operator opens
 *       on purpose), and the limits of every call (connect and whole-call deadlines, body cap),
 *       from the {@code onewindow.outbound.*} system properties.
 *   <li>{@link org.onewindow.outbound.AddressGuard}: checks an address against the policy and every
 *       address its host resolves to against the blocked ranges; {@link
 *       org.onewindow.outbound.OutboundRefusedException} says why not, without naming the address.
 *   <li>{@link org.onewindow.outbound.UpstreamClient}: one bounded call ({@link
 *       org.onewindow.outbound.UpstreamRequest} with parameters, or a gateway's {@link
 *       org.onewindow.outbound.ForwardRequest}) and its {@link
 *       org.onewindow.outbound.UpstreamResult} with the 003 Annex A code of the {@link
 *       org.onewindow.outbound.UpstreamOutcome}; never throws for what the far side does.
 *   <li>{@link org.onewindow.outbound.OutboundCallService}: the node's one client under the
 *       configured policy, the singleton every capability calls through.
 *   <li>{@code http}: the HTTP client underneath, connecting only to the addresses the guard
 *       checked.
 * </ul>
 *
 * <p>Apart from {@code OutboundCallService}, plain Java without a container: tests run it against
 * servers on loopback. This package depends on no capability.
 */
package org.onewindow.outbound;
