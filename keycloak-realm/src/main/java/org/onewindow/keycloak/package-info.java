/**
 * OneWindow's Keycloak extensions. Today the jar carries the {@code onewindow} login theme (the
 * standards' wording for failed logins, zh-CN first); the SM2/SM3/SM4 providers, real-name levels
 * and ticket endpoints of the identity work land in sub-packages {@code
 * org.onewindow.keycloak.<spi>}.
 */
package org.onewindow.keycloak;
