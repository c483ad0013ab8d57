/**
 * OneWindow's Keycloak extensions and what they share ({@link EnvironmentKey}: keys from the
 * environment). The jar carries the {@code onewindow} login theme (the standards' wording for
 * failed logins, zh-CN first); the SM2/SM3/SM4 providers, real-name levels, ticket endpoints, event
 * listeners and the audit channel live in sub-packages {@code org.onewindow.keycloak.<spi>}.
 */
package org.onewindow.keycloak;
