package org.onewindow.appcenter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.onewindow.common.InvalidInputException;

class SubjectTypeTest {

  @Test
  void theApiSpellingsNameTheTypesInAnyCase() {
    assertEquals(SubjectType.INTERFACE, SubjectType.parse("interface"));
    assertEquals(SubjectType.APP, SubjectType.parse(" APP "));
  }

  @Test
  void anythingElseIsRefusedNamingTheField() {
    for (String text : new String[] {null, "", "page", "接口"}) {
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> SubjectType.parse(text));
      assertEquals("subjectType", e.field());
    }
  }
}
