/**
 * The HTTP client underneath every outbound call: Apache HttpClient 5, classic ({@link
 * org.onewindow.outbound.http.OutboundHttpClient}, for the gateway and the test panel: the caller's
 * thread does the exchange) and async ({@link org.onewindow.outbound.http.OutboundAsyncHttpClient},
 * for inspection: many exchanges in flight on one I/O thread), with one request, response and
 * failure type for both ({@link org.onewindow.outbound.http.ExchangeRequest}, {@link
 * org.onewindow.outbound.http.ExchangeResponse}, {@link
 * org.onewindow.outbound.http.ExchangeFailure}).
 *
 * <p>Both connect only to what their {@link org.apache.hc.client5.http.DnsResolver} returns — in
 * the platform, {@link org.onewindow.outbound.GuardedDnsResolver}: one lookup, every address
 * checked by the address guard — and keep the URI's host for Host, SNI and the certificate check.
 * What HttpClient does not bound, this package does: the whole exchange by one deadline (a
 * trickling server), the body by a cap, the response head by a strict parser, a kept connection by
 * its framing (ADR 0006). It knows nothing of the policy or the guard: it takes a resolver and
 * limits.
 */
package org.onewindow.outbound.http;
