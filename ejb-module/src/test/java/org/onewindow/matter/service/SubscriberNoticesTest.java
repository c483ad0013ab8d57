package org.onewindow.matter.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.matter.domain.MatterSubscription;
import org.onewindow.matter.domain.MatterVersion;
import org.onewindow.testing.InMemoryDatabase;

/**
 * A new version of a followed matter is told to each of its subscribers, and to nobody else, as a
 * notice in the publishing transaction (issue 20 item 4).
 */
class SubscriberNoticesTest {

  private final InMemoryDatabase db = new InMemoryDatabase();
  private final PublishedMatters matters = new PublishedMatters();

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void eachSubscriberOfTheMatterGetsOneNoticeLinkingItsPage() {
    Instant at = Instant.parse("2026-12-07T08:00:00Z");
    db.run(
        em -> {
          for (String code : List.of("SUBA00001", "SUBB00001")) {
            matters.publish(
                em, code, "PUBLIC_SERVICE", "BOTH", "", "COUNTY", "FIXED_LOCATION", "某局", "110101");
          }
          em.persist(new MatterSubscription("alice", "SUBA00001", at));
          em.persist(new MatterSubscription("bob", "SUBA00001", at));
          em.persist(new MatterSubscription("carol", "SUBB00001", at));
        });
    db.run(
        em -> {
          MatterVersion version =
              em.createQuery(
                      "select v from MatterVersion v where v.implementationCode = 'SUBA00001'",
                      MatterVersion.class)
                  .getSingleResult();
          SubscriberNotices.announce(em, version, at);
        });
    List<Object[]> notices =
        db.inTransaction(
            em ->
                em.createQuery(
                        "select n.recipient, n.link from Notice n order by n.recipient",
                        Object[].class)
                    .getResultList());
    assertEquals(2, notices.size());
    assertEquals("alice", notices.get(0)[0]);
    assertEquals("bob", notices.get(1)[0]);
    assertEquals("/portal/matter.xhtml?code=SUBA00001", notices.get(0)[1]);
    String text =
        db.inTransaction(
            em ->
                em.createQuery(
                        "select n from org.onewindow.notice.Notice n",
                        org.onewindow.notice.Notice.class)
                    .setMaxResults(1)
                    .getSingleResult()
                    .text(Locale.SIMPLIFIED_CHINESE));
    assertEquals(true, text.startsWith("您订阅的事项「"), text);
  }

  @Test
  void aWithdrawnMatterIsToldToItsSubscribersWithTheReason() {
    Instant at = Instant.parse("2026-12-07T09:00:00Z");
    db.run(
        em -> {
          matters.publish(
              em,
              "SUBC00001",
              "PUBLIC_SERVICE",
              "BOTH",
              "",
              "COUNTY",
              "FIXED_LOCATION",
              "某局",
              "110101");
          em.persist(new MatterSubscription("dave", "SUBC00001", at));
        });
    db.run(
        em -> {
          MatterVersion version =
              em.createQuery(
                      "select v from MatterVersion v where v.implementationCode = 'SUBC00001'",
                      MatterVersion.class)
                  .getSingleResult();
          SubscriberNotices.announceWithdrawal(em, version, "reason-merged-into-another", at);
        });
    org.onewindow.notice.Notice notice =
        db.inTransaction(
            em ->
                em.createQuery(
                        "select n from org.onewindow.notice.Notice n",
                        org.onewindow.notice.Notice.class)
                    .getSingleResult());
    assertEquals("dave", notice.getRecipient());
    assertEquals(SubscriberNotices.WITHDRAWN_LINK, notice.getLink());
    String text = notice.text(Locale.ENGLISH);
    assertEquals(true, text.contains("withdrawn"), text);
    assertEquals(true, text.endsWith("reason-merged-into-another"), text);
  }
}
