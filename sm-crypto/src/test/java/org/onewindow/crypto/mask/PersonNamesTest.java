package org.onewindow.crypto.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Chinese names family name first without a space (王建国, not "建国 王"); Latin names given first. */
class PersonNamesTest {

  @Test
  void aChineseNameReadsFamilyNameFirstWithoutASpace() {
    assertEquals("王建国", PersonNames.display("王", "建国"));
    assertEquals("欧阳娜娜", PersonNames.display("欧阳", "娜娜"));
    assertEquals("张三", PersonNames.display(" 张 ", "三 "));
    assertEquals("王**", Masking.name(PersonNames.display("王", "建国")));
  }

  @Test
  void aLatinNameReadsGivenNameFirstWithASpace() {
    assertEquals("John Smith", PersonNames.display("Smith", "John"));
    assertEquals("Smith", PersonNames.display("Smith", " "));
    assertEquals("John", PersonNames.display(null, "John"));
  }

  @Test
  void oneChinesePartIsEnoughForTheChineseOrder() {
    assertEquals("王Lily", PersonNames.display("王", "Lily"));
    assertEquals("김민수", PersonNames.display("김", "민수"));
  }

  @Test
  void withoutPartsTheFullNameThenTheFallback() {
    assertNull(PersonNames.display(" ", null));
    assertEquals("王建国", PersonNames.display("王", "建国", "建国 王", "admin"));
    assertEquals("Ann Lee", PersonNames.display(null, "", "Ann Lee", "admin"));
    assertEquals("admin", PersonNames.display(null, null, " ", "admin"));
  }
}
