package org.onewindow.appcenter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.StateConflictException;

/** The dedupe rule of sensitive-word feedback (000 9.4.3 b): one open item per word set. */
class InterfaceFeedbackTest {

  private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

  private static InterfaceFeedback item(List<String> words, long testId, Instant at) {
    return InterfaceFeedback.open(7, 1, words, List.of(), testId, at);
  }

  @Test
  void theSameWordsInAnyOrderAndSpacingAreTheSameSet() {
    InterfaceFeedback open = item(List.of("赌博", "发票"), 1, T0);
    assertSame(open, InterfaceFeedback.covering(List.of(open), List.of(" 发票", "赌博", "发票")).get());
    assertEquals(Set.of("发票", "赌博"), open.wordSet());
  }

  @Test
  void aRepeatIsCountedOnTheOpenItemNotAddedAsANewOne() {
    InterfaceFeedback open = item(List.of("赌博"), 1, T0);
    InterfaceFeedback.covering(List.of(open), List.of("赌博"))
        .orElseThrow()
        .seenAgain(2L, T0.plusSeconds(60));
    assertEquals(2, open.getTimesSeen());
    assertEquals(1L, open.getFirstTestId());
    assertEquals(2L, open.getLastTestId());
    assertEquals(T0.plusSeconds(60), open.getLastSeenAt());
  }

  @Test
  void someOfAnOpenItemsWordsAreCoveredByIt() {
    InterfaceFeedback open = item(List.of("赌博", "发票"), 1, T0);
    assertSame(open, InterfaceFeedback.covering(List.of(open), List.of("发票")).get());
  }

  @Test
  void aWordNoOpenItemHasCallsForANewItem() {
    InterfaceFeedback open = item(List.of("赌博"), 1, T0);
    assertTrue(InterfaceFeedback.covering(List.of(open), List.of("赌博", "发票")).isEmpty());
    assertTrue(InterfaceFeedback.covering(List.of(open), List.of("发票")).isEmpty());
    assertTrue(InterfaceFeedback.covering(List.of(), List.of("赌博")).isEmpty());
  }

  @Test
  void anExactMatchIsPreferredToAnOlderWiderItem() {
    InterfaceFeedback wider = item(List.of("赌博", "发票"), 1, T0);
    InterfaceFeedback exact = item(List.of("发票"), 2, T0.plusSeconds(10));
    assertSame(exact, InterfaceFeedback.covering(List.of(wider, exact), List.of("发票")).get());
    InterfaceFeedback older = item(List.of("赌博", "发票", "VPN"), 3, T0.minusSeconds(10));
    assertSame(older, InterfaceFeedback.covering(List.of(wider, older), List.of("赌博")).get());
  }

  @Test
  void afterTheProviderAcknowledgedTheWordsAFindingOpensANewItem() {
    InterfaceFeedback done = item(List.of("赌博"), 1, T0);
    done.acknowledge("developer", T0.plusSeconds(5), "已删除返回数据中的违规内容");
    assertEquals(FeedbackStatus.ACKNOWLEDGED, done.getStatus());
    assertEquals("developer", done.getAcknowledgedBy());
    assertTrue(InterfaceFeedback.covering(List.of(done), List.of("赌博")).isEmpty());
  }

  @Test
  void anAcknowledgementNeedsAShortReplyAndHappensOnce() {
    InterfaceFeedback open = item(List.of("赌博"), 1, T0);
    assertThrows(InvalidInputException.class, () -> open.acknowledge("developer", T0, "  "));
    assertThrows(
        InvalidInputException.class,
        () -> open.acknowledge("developer", T0, "长".repeat(InterfaceFeedback.MAX_REPLY + 1)));
    assertEquals(FeedbackStatus.OPEN, open.getStatus(), "a refused reply changes nothing");
    open.acknowledge("developer", T0, "已处理");
    assertThrows(StateConflictException.class, () -> open.acknowledge("other", T0, "再次确认"));
    assertEquals("developer", open.getAcknowledgedBy());
  }

  @Test
  void anItemNeedsAWord() {
    assertThrows(IllegalArgumentException.class, () -> item(List.of(" "), 1, T0));
  }
}
