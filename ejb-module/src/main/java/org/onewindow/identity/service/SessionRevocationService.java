package org.onewindow.identity.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;

/**
 * The single sign-on sessions the realm has ended, shared by every node of the cluster (004 5.4:
 * one logout ends the user's sessions in every application).
 *
 * <p>Held in the replicated Infinispan cache {@code onewindow/revoked-sessions} (configured by
 * {@code ear/src/main/wildfly/sessions.cli}), not in a node-local map: the node that received the
 * realm's logout call may fail a moment later, and every other node must still refuse the session.
 * Entries expire with the cache's lifespan, longer than any realm session lives. Every request of a
 * logged-in user asks {@link #isRevoked}, a local read of the replicated cache.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class SessionRevocationService {

  static final String SESSION_PREFIX = "sid:";
  static final String SUBJECT_PREFIX = "sub:";

  // The cache is an org.infinispan.Cache; its ConcurrentMap face is all this bean needs, so the
  // EJB jar does not compile against Infinispan.
  @Resource(lookup = "java:jboss/infinispan/cache/onewindow/revoked-sessions")
  ConcurrentMap<String, Long> revoked;

  /** Ends one single sign-on session (a logout token's {@code sid}). */
  public void revokeSession(String sessionId, Instant at) {
    revoked.put(SESSION_PREFIX + sessionId, at.toEpochMilli());
  }

  /**
   * Ends every session of a user that began at or before {@code at} (a token with only sub); an
   * earlier instant never replaces a later one.
   *
   * <p>Only value-carrying operations (putIfAbsent, replace), never {@code merge} or {@code
   * compute}: on a clustered Infinispan cache those send their function to the key's owner and the
   * other members, and a lambda has no marshaller, so the call fails as soon as a second node
   * exists (on one node it runs locally and works, which is how the single-node tests missed it).
   */
  public void revokeSubject(String subject, Instant at) {
    String key = SUBJECT_PREFIX + subject;
    long millis = at.toEpochMilli();
    while (true) {
      Long current = revoked.putIfAbsent(key, millis);
      if (current == null || current >= millis || revoked.replace(key, current, millis)) {
        return;
      }
      // Another node changed the entry between the two calls: read it again.
    }
  }

  /**
   * Whether a client session must end.
   *
   * @param sessionId the {@code sid} of its tokens, if any
   * @param subject the {@code sub} of its tokens, if any
   * @param authenticatedAt when its user logged in ({@code auth_time}, else {@code iat})
   */
  public boolean isRevoked(
      Optional<String> sessionId, Optional<String> subject, Instant authenticatedAt) {
    if (sessionId.isPresent() && revoked.containsKey(SESSION_PREFIX + sessionId.get())) {
      return true;
    }
    if (subject.isEmpty()) {
      return false;
    }
    Long subjectRevokedAt = revoked.get(SUBJECT_PREFIX + subject.get());
    return subjectRevokedAt != null
        && !authenticatedAt.isAfter(Instant.ofEpochMilli(subjectRevokedAt));
  }
}
