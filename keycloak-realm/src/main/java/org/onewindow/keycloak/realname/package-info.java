/**
 * Raising a user's real-name level (C 0114 levels 1–4) by checking name and resident ID number
 * against a real-name verification service: the user centre's level-raising entry (001 7.7 b) and
 * the level that handling a matter needs (001 7.2: at least level 3).
 *
 * <p>{@link org.onewindow.keycloak.realname.RealNameVerificationRequiredAction} asks for 姓名 and the
 * 18-character 身份证号, checks the GB 11643 check character locally (through sm-crypto's {@code
 * IdCardNumber}), then asks a {@link org.onewindow.keycloak.realname.RealNameVerifier}. Production
 * wires {@link org.onewindow.keycloak.realname.HttpRealNameVerifier} (an HTTP + JSON protocol, see
 * its Javadoc) to the national service; {@link
 * org.onewindow.keycloak.realname.SandboxRealNameVerifier} is a SANDBOX that answers from a few
 * documented fake identities, for the demo run and the tests only.
 *
 * <p>The ID number is never stored and never logged: only its masked form (000 示例8, 003 6.3.2.1 d)
 * reaches the event log.
 */
package org.onewindow.keycloak.realname;
