package org.onewindow.appcenter.gateway;

import java.net.URI;
import org.onewindow.appcenter.domain.AuthMode;
import org.onewindow.crypto.signing.RequestSigner;
import org.onewindow.outbound.HttpMethod;
import org.onewindow.review.ReviewStatus;

/**
 * What the gateway needs to know of one interface, read once and kept for a few seconds.
 *
 * @param signer the platform's signer for this interface in security mode, else {@code null}
 */
public record Route(
    long interfaceId,
    String name,
    ReviewStatus status,
    URI address,
    HttpMethod method,
    AuthMode authMode,
    RequestSigner signer,
    int timeoutMillis,
    int retries) {

  public boolean online() {
    return status == ReviewStatus.ONLINE;
  }
}
