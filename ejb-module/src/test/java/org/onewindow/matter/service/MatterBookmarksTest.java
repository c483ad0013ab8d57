package org.onewindow.matter.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.StateConflictException;
import org.onewindow.matter.domain.MatterFavourite;
import org.onewindow.matter.domain.MatterFootprint;
import org.onewindow.testing.InMemoryDatabase;

/**
 * Favourites and footprints (issue 20 items 2 and 5; 001 7.7): each account's own, only for matters
 * in force, bounded, and nothing for a visitor who has not signed in.
 */
class MatterBookmarksTest {

  private final InMemoryDatabase db = new InMemoryDatabase();
  private final PublishedMatters matters = new PublishedMatters();
  private Instant now = Instant.parse("2026-12-07T08:00:00Z");

  @BeforeEach
  void twoPublishedAndADraft() {
    db.run(
        em -> {
          for (String code : List.of("FAVA00001", "FAVB00001")) {
            matters.publish(
                em, code, "PUBLIC_SERVICE", "BOTH", "", "COUNTY", "FIXED_LOCATION", "某局", "110101");
          }
          matters.keepDraft(em, "FAVDRAFT01");
        });
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aFavouriteIsTheCallersOwnAndAddingItTwiceKeepsOne() {
    favouritesDo("alice", s -> s.add("FAVA00001"));
    favouritesDo("alice", s -> s.add(" FAVA00001 "));
    favouritesDo("bob", s -> s.add("FAVB00001"));
    assertEquals(List.of("FAVA00001"), codes(favourites("alice", MatterFavouriteService::list)));
    assertTrue(isFavourite("alice", "FAVA00001"));
    assertFalse(isFavourite("bob", "FAVA00001"));
    assertFalse(isFavourite("anonymous", "FAVA00001"));
    favouritesDo("bob", s -> s.remove("FAVA00001")); // not bob's: nothing happens
    assertEquals(1, favourites("alice", MatterFavouriteService::list).size());
    favouritesDo("alice", s -> s.remove("FAVA00001"));
    assertEquals(List.of(), favourites("alice", MatterFavouriteService::list));
  }

  @Test
  void onlyAMatterInForceIsKeptAndAVisitorKeepsNothing() {
    assertThrows(NotFoundException.class, () -> favouritesDo("alice", s -> s.add("FAVDRAFT01")));
    assertThrows(NotFoundException.class, () -> favouritesDo("alice", s -> s.add("NOSUCH0001")));
    assertThrows(
        EJBAccessException.class, () -> favouritesDo("anonymous", s -> s.add("FAVA00001")));
    assertThrows(
        EJBAccessException.class, () -> favourites("anonymous", MatterFavouriteService::list));
  }

  @Test
  void theFavouritesStopAtTheirBound() {
    db.run(
        em -> {
          for (int i = 0; i < MatterFavourite.MAX_PER_ACCOUNT; i++) {
            em.persist(new MatterFavourite("carol", "OTHER" + i, now));
          }
        });
    StateConflictException full =
        assertThrows(
            StateConflictException.class, () -> favouritesDo("carol", s -> s.add("FAVA00001")));
    assertEquals("matter.favourite.tooMany", full.text().orElseThrow().key());
  }

  @Test
  void aFootprintMovesToTheLatestViewAndIsDeletable() {
    footprintsDo("alice", s -> s.viewed("FAVA00001"));
    now = now.plusSeconds(60);
    footprintsDo("alice", s -> s.viewed("FAVB00001"));
    now = now.plusSeconds(60);
    footprintsDo("alice", s -> s.viewed("FAVA00001"));
    footprintsDo("alice", s -> s.viewed("FAVDRAFT01")); // not in force: no footprint
    footprintsDo("anonymous", s -> s.viewed("FAVA00001")); // a visitor leaves none
    footprintsDo("bob", s -> s.viewed("FAVB00001"));
    assertEquals(
        List.of("FAVA00001", "FAVB00001"),
        codes(footprints("alice", MatterFootprintService::list)));
    footprintsDo("alice", s -> s.delete("FAVA00001"));
    assertEquals(List.of("FAVB00001"), codes(footprints("alice", MatterFootprintService::list)));
    footprintsDo("alice", MatterFootprintService::deleteAll);
    assertEquals(List.of(), footprints("alice", MatterFootprintService::list));
    assertEquals(List.of("FAVB00001"), codes(footprints("bob", MatterFootprintService::list)));
  }

  @Test
  void onlyTheLatestFootprintsAreKept() {
    db.run(
        em -> {
          for (int i = 0; i < MatterFootprint.MAX_PER_ACCOUNT; i++) {
            em.persist(new MatterFootprint("dave", "OLD" + i, now.minusSeconds(1000 - i)));
          }
        });
    footprintsDo("dave", s -> s.viewed("FAVA00001"));
    long kept =
        db.inTransaction(
            em ->
                em.createQuery(
                        "select count(f) from MatterFootprint f where f.account = 'dave'",
                        Long.class)
                    .getSingleResult());
    assertEquals(MatterFootprint.MAX_PER_ACCOUNT, kept);
    long oldest =
        db.inTransaction(
            em ->
                em.createQuery(
                        "select count(f) from MatterFootprint f where f.implementationCode = 'OLD0'",
                        Long.class)
                    .getSingleResult());
    assertEquals(0, oldest, "the oldest went");
  }

  private boolean isFavourite(String caller, String code) {
    Boolean kept = favourites(caller, s -> s.isFavourite(code));
    return kept;
  }

  private <T> T favourites(
      String caller, java.util.function.Function<MatterFavouriteService, T> work) {
    return db.inTransaction(em -> work.apply(favouriteService(em, caller)));
  }

  private void favouritesDo(
      String caller, java.util.function.Consumer<MatterFavouriteService> work) {
    db.run(em -> work.accept(favouriteService(em, caller)));
  }

  private <T> T footprints(
      String caller, java.util.function.Function<MatterFootprintService, T> work) {
    return db.inTransaction(em -> work.apply(footprintService(em, caller)));
  }

  private void footprintsDo(
      String caller, java.util.function.Consumer<MatterFootprintService> work) {
    db.run(em -> work.accept(footprintService(em, caller)));
  }

  private MatterFavouriteService favouriteService(EntityManager em, String caller) {
    MatterFavouriteService service = new MatterFavouriteService();
    Callers.inject(service, "em", em);
    Callers.inject(service, "session", Callers.as(caller));
    service.clock = Clock.fixed(now, ZoneOffset.UTC);
    return service;
  }

  private MatterFootprintService footprintService(EntityManager em, String caller) {
    MatterFootprintService service = new MatterFootprintService();
    Callers.inject(service, "em", em);
    Callers.inject(service, "session", Callers.as(caller));
    service.clock = Clock.fixed(now, ZoneOffset.UTC);
    return service;
  }

  private static List<String> codes(List<MatterBookmark> bookmarks) {
    return bookmarks.stream().map(MatterBookmark::implementationCode).toList();
  }
}
