package org.onewindow.identity.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.onewindow.common.ConcurrentChange;
import org.onewindow.identity.domain.ActiveConsent;
import org.onewindow.identity.domain.UserConsent;
import org.onewindow.identity.domain.UserField;
import org.onewindow.testing.InMemoryDatabase;

/**
 * One active consent per user and app, held by the database (000 10.3 h): the second of two
 * agreements that both found none cannot record its own as active — the key refuses it, as a
 * concurrent change ConsentService turns into a no-op — and the active consent is the one the
 * marker names, none once revoked.
 */
class ConsentRepositoryTest {

  private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

  private static UserConsent agreed(InMemoryDatabase db, String user, String app) {
    return db.inTransaction(
        em -> {
          UserConsent consent = new UserConsent(user, app, EnumSet.of(UserField.NAME), NOW);
          em.persist(consent);
          em.flush();
          em.persist(new ActiveConsent(consent));
          return consent;
        });
  }

  @Test
  void aSecondActiveConsentOfOneUserForOneAppIsRefusedAsAConcurrentChange() {
    try (InMemoryDatabase db = new InMemoryDatabase()) {
      UserConsent first = agreed(db, "citizen", "app-1");

      // The other agreement read "no active consent" before the first committed.
      PersistenceException refused =
          assertThrows(PersistenceException.class, () -> agreed(db, "citizen", "app-1"));
      assertTrue(ConcurrentChange.explains(refused), refused.toString());

      Optional<UserConsent> active =
          db.inTransaction(em -> new ConsentRepository(em).active("citizen", "app-1"));
      assertEquals(first.getId(), active.orElseThrow().getId());
      // Nothing of the refused agreement was kept.
      long kept =
          db.inTransaction(
              em ->
                  em.createQuery("select count(c) from UserConsent c", Long.class)
                      .getSingleResult());
      assertEquals(1, kept);
      // Another user, another app: each has its own.
      agreed(db, "citizen", "app-2");
      agreed(db, "enterprise", "app-1");
    }
  }

  @Test
  void aRevokedConsentWithoutItsMarkerIsNotActive() {
    try (InMemoryDatabase db = new InMemoryDatabase()) {
      agreed(db, "citizen", "app-1");
      db.run(
          em -> {
            ConsentRepository consents = new ConsentRepository(em);
            consents.active("citizen", "app-1").orElseThrow().revoke(NOW.plusSeconds(60));
            em.remove(consents.marker("citizen", "app-1").orElseThrow());
          });
      assertTrue(
          db.inTransaction(em -> new ConsentRepository(em).active("citizen", "app-1")).isEmpty());
      // Agreeing again records a new consent, active again.
      UserConsent again = agreed(db, "citizen", "app-1");
      assertEquals(
          again.getId(),
          db.inTransaction(em -> new ConsentRepository(em).active("citizen", "app-1"))
              .orElseThrow()
              .getId());
    }
  }
}
