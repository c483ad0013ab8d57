package org.onewindow.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.common.InvalidInputException;

/**
 * How requests name subject kinds (the API's {@code subjectType}), whatever kinds are registered.
 */
class SubjectKindTest {

  private static final SubjectKind INTERFACE = new SubjectKind("INTERFACE", "接口");
  private static final SubjectKind APP = new SubjectKind("APP", "应用");
  private static final List<SubjectKind> KNOWN = List.of(APP, INTERFACE);

  @Test
  void theApiSpellingsNameTheKindsInAnyCase() {
    assertEquals(INTERFACE, SubjectKind.parse("interface", KNOWN));
    assertEquals(APP, SubjectKind.parse(" APP ", KNOWN));
  }

  @Test
  void anythingElseIsRefusedNamingTheFieldAndTheSpellings() {
    for (String text : new String[] {null, "", "page", "接口"}) {
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> SubjectKind.parse(text, KNOWN));
      assertEquals("subjectType", e.field());
      assertEquals("subjectType 应为 app 或 interface", e.getMessage());
    }
  }

  @Test
  void aKindIsItsNameAndFitsTheColumns() {
    assertEquals(APP, new SubjectKind("APP", "另一个名称"));
    assertEquals("licence-change", new SubjectKind("LICENCE_CHANGE", "证照变更").apiName());
    assertThrows(IllegalArgumentException.class, () -> new SubjectKind("app", "应用"));
    assertThrows(IllegalArgumentException.class, () -> new SubjectKind("A".repeat(17), "过长"));
    assertThrows(IllegalArgumentException.class, () -> new SubjectKind("FILING", " "));
  }
}
