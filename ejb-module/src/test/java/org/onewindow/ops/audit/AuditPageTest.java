package org.onewindow.ops.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.common.PageRequest;
import org.onewindow.common.ResultPage;
import org.onewindow.testing.InMemoryDatabase;

/** The audit page one page at a time (issue 18 item 5): newest first, by source, by a search. */
class AuditPageTest {

  private static final Instant AT = Instant.parse("2026-11-22T08:00:00Z");

  private final InMemoryDatabase db = new InMemoryDatabase();

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void theTrailComesNewestFirstAPageAtATimeBySourceAndSearch() {
    db.inTransaction(
        em -> {
          AuditChainHead head = AuditChainHead.empty();
          em.persist(head);
          em.persist(head.append(event("keycloak", "LOGIN"), AT));
          em.persist(head.append(event("platform", "APP_CLASSIFIED"), AT));
          em.persist(head.append(event("keycloak", "LOGIN_ERROR"), AT));
          em.persist(head.append(event("platform", "INTERFACE_SUBMITTED"), AT));
          return null;
        });
    db.run(
        em -> {
          var repository = new AuditRecordRepository(em);
          ResultPage<AuditRecord> first = repository.page(null, null, PageRequest.first(3));
          assertEquals(4, first.total());
          assertEquals(List.of(4L, 3L, 2L), sequences(first));
          assertEquals(
              List.of(1L),
              sequences(repository.page(null, null, new PageRequest(3, 3, null, false))));
          assertEquals(
              List.of(1L, 3L),
              sequences(
                  repository.page(
                      "keycloak", null, PageRequest.first(9).sortedBy("sequence", true))));
          assertEquals(2, repository.count(null, "login"), "any case");
          assertEquals(1, repository.count("platform", "submitted"));
        });
  }

  private static AuditEvent event(String source, String type) {
    return new AuditEvent(AT, source, type, "admin", "success", "detail");
  }

  private static List<Long> sequences(ResultPage<AuditRecord> page) {
    return page.rows().stream().map(AuditRecord::sequence).toList();
  }
}
