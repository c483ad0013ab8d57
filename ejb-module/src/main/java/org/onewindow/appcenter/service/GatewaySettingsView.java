package org.onewindow.appcenter.service;

import java.io.Serializable;
import java.util.Locale;
import org.onewindow.appcenter.domain.AuthMode;
import org.onewindow.appcenter.gateway.InterfaceStatistics;
import org.onewindow.common.Localized;

/**
 * How the gateway calls one interface, the platform's public key for it (the access unit verifies
 * the platform's signed calls with it, 000 9.4.4 a) and the interface's figures on this node (003
 * 6.7.2 d). Never the private key.
 */
public record GatewaySettingsView(
    long interfaceId,
    String authMode,
    String authModeLabel,
    String platformPublicKeyPem,
    String platformSigner,
    int timeoutMillis,
    int retries,
    String gatewayPath,
    InterfaceStatistics.Snapshot statistics)
    implements Serializable, Localized<GatewaySettingsView> {

  /** The same view with its labels in {@code locale}'s language. */
  @Override
  public GatewaySettingsView in(Locale locale) {
    return new GatewaySettingsView(
        interfaceId,
        authMode,
        AuthMode.valueOf(authMode).label(locale),
        platformPublicKeyPem,
        platformSigner,
        timeoutMillis,
        retries,
        gatewayPath,
        statistics);
  }
}
