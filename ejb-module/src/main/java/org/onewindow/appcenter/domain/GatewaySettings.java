package org.onewindow.appcenter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.onewindow.common.InvalidInputException;

/**
 * How the gateway calls one interface (000 9.4.4; 003 6.2.4 d): the authentication mode, the
 * platform's signing key for it (the private half wrapped under the platform KEK — never shown,
 * never sent to a browser; the public half for the access unit to configure), the timeout and how
 * many times an idempotent (GET) call is retried.
 */
@Embeddable
public class GatewaySettings {

  public static final int DEFAULT_TIMEOUT_MILLIS = 3000;
  public static final int MAX_TIMEOUT_MILLIS = 10_000;
  public static final int MAX_RETRIES = 3;

  @Enumerated(EnumType.STRING)
  @Column(name = "auth_mode", nullable = false, length = 16)
  private AuthMode authMode;

  /** {@code EncryptedValue} of purpose {@code interface-signing-key}: the private key's PEM. */
  @Column(name = "signing_key_ref", nullable = false, length = 1000)
  private String signingKeyRef;

  @Column(name = "signing_public_key", nullable = false, length = 1000)
  private String signingPublicKeyPem;

  @Column(name = "timeout_ms", nullable = false)
  private int timeoutMillis;

  @Column(name = "retries", nullable = false)
  private int retries;

  protected GatewaySettings() {
    // for JPA
  }

  /** Security mode by default (000 9.4.4 a), with the given platform key, no retries. */
  static GatewaySettings signedWith(String signingKeyRef, String signingPublicKeyPem) {
    GatewaySettings settings = new GatewaySettings();
    settings.authMode = AuthMode.SIGNATURE;
    settings.signingKeyRef = signingKeyRef;
    settings.signingPublicKeyPem = signingPublicKeyPem;
    settings.timeoutMillis = DEFAULT_TIMEOUT_MILLIS;
    settings.retries = 0;
    return settings;
  }

  /**
   * Changes mode, timeout and retries.
   *
   * @throws InvalidInputException when the timeout or the retries are out of range
   */
  void change(AuthMode mode, int timeout, int retryCount) {
    if (mode == null) {
      throw InvalidInputException.keyed("authMode", "appcenter.authMode.missing");
    }
    if (timeout < 100 || timeout > MAX_TIMEOUT_MILLIS) {
      throw InvalidInputException.keyed(
          "timeoutMillis", "appcenter.gateway.timeout", String.valueOf(MAX_TIMEOUT_MILLIS));
    }
    if (retryCount < 0 || retryCount > MAX_RETRIES) {
      throw InvalidInputException.keyed(
          "retries", "appcenter.gateway.retries", String.valueOf(MAX_RETRIES));
    }
    authMode = mode;
    timeoutMillis = timeout;
    retries = retryCount;
  }

  public AuthMode authMode() {
    return authMode;
  }

  public String signingKeyRef() {
    return signingKeyRef;
  }

  public String signingPublicKeyPem() {
    return signingPublicKeyPem;
  }

  public int timeoutMillis() {
    return timeoutMillis;
  }

  public int retries() {
    return retries;
  }
}
