package org.onewindow.appcenter.gateway;

import java.util.Set;
import org.onewindow.appcenter.domain.ReviewStatus;
import org.onewindow.crypto.sm2.Sm2PublicKey;

/** What the gateway needs to know of one app, read once and kept for a few seconds. */
public record AppAccess(
    String appKey,
    Sm2PublicKey publicKey,
    ReviewStatus status,
    Set<Long> boundInterfaces,
    int rateLimit) {

  public AppAccess {
    boundInterfaces = Set.copyOf(boundInterfaces);
  }

  /** An app may call while it is built, tested and reviewed; not once it is taken offline. */
  public boolean active() {
    return status != ReviewStatus.OFFLINE;
  }

  public boolean boundTo(long interfaceId) {
    return boundInterfaces.contains(interfaceId);
  }
}
