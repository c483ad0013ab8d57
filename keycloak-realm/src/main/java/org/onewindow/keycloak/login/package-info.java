/**
 * The login form without a timing oracle (issue 14, failure 4; 000 10.3 f says every failed login
 * reads 「用户名或密码不正确」, and the time it takes must not tell either).
 *
 * <p>Keycloak 26's username/password form already hashes a dummy password for an unknown user
 * ({@code AuthenticatorUtils.dummyHash}: the realm policy's algorithm and iterations, here {@code
 * pbkdf2-sm3}), and verifies a disabled user's password before it looks at the account's state. It
 * returns before any hash for a user locked by brute-force detection and for an empty password, so
 * those answered about five times faster than a wrong password and told real accounts from unknown
 * ones (unknown users never lock). {@link org.onewindow.keycloak.login.EvenCostPasswordForm} spends
 * the same dummy hash on those two paths: every failure costs one password hash of the realm's
 * policy, whatever the account.
 */
package org.onewindow.keycloak.login;
