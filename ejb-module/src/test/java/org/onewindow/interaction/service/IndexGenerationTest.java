package org.onewindow.interaction.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class IndexGenerationTest {

  private final IndexGeneration generation = new IndexGeneration();

  @Test
  void aWriteOnThisNodeChangesIt() {
    long before = generation.current();
    generation.changed();
    assertNotEquals(before, generation.current());
  }

  @Test
  void aCursorStandingStillLeavesItAlone() {
    generation.feedAt(7);
    generation.feedAt(7);
    long settled = generation.current();
    generation.feedAt(7);
    generation.feedAt(7);
    assertEquals(settled, generation.current());
  }

  @Test
  void aMovedCursorChangesItAtThatTickAndTheNext() {
    generation.feedAt(7);
    generation.feedAt(7);
    long settled = generation.current();
    generation.feedAt(9); // another node took a batch: its documents may not be searchable yet
    long moved = generation.current();
    assertNotEquals(settled, moved);
    generation.feedAt(9); // answers computed between the two ticks are not kept beyond this one
    long after = generation.current();
    assertNotEquals(moved, after);
    generation.feedAt(9);
    assertEquals(after, generation.current());
  }
}
