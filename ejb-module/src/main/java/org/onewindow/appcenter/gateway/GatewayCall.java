package org.onewindow.appcenter.gateway;

import java.util.function.Function;

/**
 * One call as it reached the gateway: the interface it names, and the request exactly as it
 * travelled (raw path and query, body bytes), which its signature covers.
 *
 * @param header the request's headers by name, case-insensitive; {@code null} when absent
 */
public record GatewayCall(
    long interfaceId,
    String method,
    String rawPath,
    String rawQuery,
    byte[] body,
    String contentType,
    Function<String, String> header) {}
