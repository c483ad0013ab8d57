package org.onewindow.matter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.onewindow.common.DutySeparationException;
import org.onewindow.common.StateConflictException;
import org.onewindow.review.ReviewAction;

class MatterVersionTest {

  private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

  @Test
  void aPublishedVersionIsNeverEditedAnEditMakesTheNextVersion() {
    MatterVersion first = published();
    MatterElements changed =
        MatterElements.check(Drafts.builder().set(b -> b.name = "机动车驾驶证补领（新）").build());
    assertThrows(StateConflictException.class, () -> first.edit(changed));
    MatterVersion second = first.next(changed, "editor", T0.plusSeconds(60));
    assertEquals(2, second.getVersionNumber());
    assertTrue(second.isLatest());
    assertFalse(first.isLatest());
    assertEquals(MatterState.PUBLISHED, first.state()); // in force until the next is approved
    assertEquals(MatterState.DRAFT, second.state());
    assertEquals("机动车驾驶证补领", first.getName());
    // only the latest version has a next one
    assertThrows(StateConflictException.class, () -> first.next(changed, "editor", T0));
  }

  @Test
  void theAuthorNeverApprovesItsOwnVersion() {
    MatterVersion draft =
        MatterVersion.first("单位", MatterElements.check(Drafts.valid()), "editor", T0);
    draft.perform(ReviewAction.SUBMIT, "editor", "", T0);
    assertThrows(
        DutySeparationException.class, () -> draft.perform(ReviewAction.APPROVE, "editor", "", T0));
    draft.perform(ReviewAction.APPROVE, "admin", "", T0);
  }

  @Test
  void aSupersededOrWithdrawnVersionStaysReadable() {
    MatterVersion first = published();
    first.supersede(T0.plusSeconds(5));
    assertEquals(MatterState.SUPERSEDED, first.state());
    assertEquals("机动车驾驶证补领", first.elements().name());
    MatterVersion other = published();
    other.withdraw(T0.plusSeconds(9), 7);
    assertEquals(MatterState.WITHDRAWN, other.state());
    assertEquals(7L, other.getFeedSequence());
    assertThrows(StateConflictException.class, () -> other.withdraw(T0, 8));
  }

  private static MatterVersion published() {
    MatterVersion v = MatterVersion.first("单位", MatterElements.check(Drafts.valid()), "editor", T0);
    v.perform(ReviewAction.SUBMIT, "editor", "", T0);
    v.perform(ReviewAction.APPROVE, "admin", "", T0);
    v.publish(T0, 1);
    return v;
  }
}
