package org.onewindow.identity.domain;

import java.io.Serializable;

/**
 * A system client's new secret, answered once to the administrator who made or rotated it. The
 * platform keeps no copy: Keycloak holds the client's credential, the platform's database and audit
 * trail never see it.
 *
 * @param clientId the {@code client_id}
 * @param unitId the unit it acts for
 * @param clientSecret the {@code client_secret}, shown this once
 * @param tokenEndpoint where the system asks for its tokens ({@code grant_type=client_credentials})
 */
public record UnitSystemClientSecret(
    String clientId, long unitId, String clientSecret, String tokenEndpoint)
    implements Serializable {

  @Override
  public String toString() {
    // A record's default toString would print the secret into any log that prints the object.
    return "UnitSystemClientSecret[clientId=" + clientId + ", unitId=" + unitId + "]";
  }
}
