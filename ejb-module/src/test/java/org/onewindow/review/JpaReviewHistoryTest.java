package org.onewindow.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.testing.InMemoryDatabase;

/**
 * When subjects first went online, asked one at a time and for many at once (inspection's
 * enrolment): the batched lookup must answer exactly as the single one does, for every kind of
 * history, and across the chunks it splits a long list into.
 */
class JpaReviewHistoryTest {

  private static final SubjectKind FILING = ReviewWorkflowTest.FILING;
  private static final SubjectKind OTHER = new SubjectKind("OTHER", "其他");
  private static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");

  private static final long ONLINE = 11;
  private static final long NEVER_ONLINE = 12;
  private static final long OFFLINE_AGAIN = 13;
  private static final long ONLINE_TWICE = 14;
  private static final long NO_HISTORY = 15;
  private static final long ONLINE_AS_OTHER_KIND = 16;

  /** Beyond the first chunk of ids: the second query must answer for it too. */
  private static final long FAR = 5_000;

  private final InMemoryDatabase db = new InMemoryDatabase();

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void theBatchedLookupAnswersAsTheSingleOneForEverySubject() {
    db.run(
        em -> {
          JpaReviewHistory history = new JpaReviewHistory(em);
          walk(history, FILING, ONLINE, 0, ReviewStatus.ONLINE);
          walk(history, FILING, NEVER_ONLINE, 1, ReviewStatus.REJECTED);
          walk(history, FILING, OFFLINE_AGAIN, 2, ReviewStatus.ONLINE, ReviewStatus.OFFLINE);
          walk(history, FILING, ONLINE_TWICE, 3, ReviewStatus.ONLINE, ReviewStatus.ONLINE);
          walk(history, OTHER, ONLINE_AS_OTHER_KIND, 4, ReviewStatus.ONLINE);
          walk(history, FILING, FAR, 5, ReviewStatus.ONLINE);
        });
    List<Long> ids = new ArrayList<>();
    for (long id = 1; id <= FAR; id++) {
      ids.add(id);
    }
    assertTrue(ids.size() > JpaReviewHistory.IDS_PER_QUERY * 2, "more than one chunk");
    db.run(
        em -> {
          JpaReviewHistory history = new JpaReviewHistory(em);
          Map<Long, Instant> batched = history.firstReached(FILING, ids, ReviewStatus.ONLINE);
          for (long id : ids) {
            assertEquals(
                history.firstReached(FILING, id, ReviewStatus.ONLINE),
                Optional.ofNullable(batched.get(id)),
                "subject " + id);
          }
          assertEquals(
              Map.of(
                  ONLINE, at(0, 3),
                  OFFLINE_AGAIN, at(2, 3),
                  ONLINE_TWICE, at(3, 3),
                  FAR, at(5, 3)),
              batched,
              "only subjects of the kind that went online, each at its first time");
          assertEquals(Map.of(), history.firstReached(FILING, List.of(), ReviewStatus.ONLINE));
          assertEquals(
              Map.of(NEVER_ONLINE, at(1, 2)),
              history.firstReached(
                  FILING, List.of(NEVER_ONLINE, NO_HISTORY), ReviewStatus.REJECTED));
        });
  }

  /** The subject's history: submitted, approved, then {@code then}, an hour apart. */
  private static void walk(
      JpaReviewHistory history, SubjectKind kind, long id, int day, ReviewStatus... then) {
    List<ReviewStatus> path = new ArrayList<>(List.of(ReviewStatus.SUBMITTED));
    if (then[0] != ReviewStatus.REJECTED) {
      path.add(ReviewStatus.APPROVED);
    }
    path.addAll(List.of(then));
    ReviewStatus from = ReviewStatus.DRAFT;
    for (int step = 0; step < path.size(); step++) {
      ReviewStatus to = path.get(step);
      history.keep(
          new ReviewTransition(kind, id, 1, action(to), from, to, "张伟", at(day, step + 1), "审核通过"));
      from = to;
    }
  }

  private static ReviewAction action(ReviewStatus to) {
    return switch (to) {
      case SUBMITTED -> ReviewAction.SUBMIT;
      case APPROVED -> ReviewAction.APPROVE;
      case REJECTED -> ReviewAction.REJECT;
      case ONLINE -> ReviewAction.ONLINE;
      case OFFLINE -> ReviewAction.OFFLINE;
      default -> throw new IllegalArgumentException(to.name());
    };
  }

  private static Instant at(int day, int hour) {
    return T0.plus(Duration.ofDays(day)).plus(Duration.ofHours(hour));
  }
}
