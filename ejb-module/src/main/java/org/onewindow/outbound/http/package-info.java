/**
 * A small blocking HTTP/1.1 client for calls to registered interfaces, pinned to the addresses the
 * {@link org.onewindow.outbound.AddressGuard} checked (no second name lookup, so a rebinding DNS
 * answer cannot redirect a call inside), bounded by one deadline per exchange, with kept-alive
 * connections reused per pinned address. Why not {@code java.net.http}: it cannot connect to a
 * given address while keeping the host name for TLS, and every synchronous call hands off between
 * the caller and its selector thread, a fifth of the gateway's CPU (ADR 0005).
 */
package org.onewindow.outbound.http;
