package org.onewindow.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EnumNamesTest {

  enum Kind {
    H5_PACKAGE,
    ICON
  }

  @Test
  void anyCaseBlanksAndHyphensNameTheConstant() {
    assertEquals(Kind.H5_PACKAGE, EnumNames.parse(Kind.class, " h5-package ", "kind", "x"));
    assertEquals(Kind.H5_PACKAGE, EnumNames.parse(Kind.class, "H5_PACKAGE", "kind", "x"));
    assertEquals(Kind.ICON, EnumNames.lookup(Kind.class, "Icon").orElseThrow());
  }

  @Test
  void anythingElseIsRefusedWithTheFieldAndMessage() {
    for (String text : new String[] {null, "", "h5", "icons", "图标"}) {
      assertTrue(EnumNames.lookup(Kind.class, text).isEmpty(), String.valueOf(text));
      InvalidInputException e =
          assertThrows(
              InvalidInputException.class,
              () -> EnumNames.parse(Kind.class, text, "kind", "文件类型应为 h5-package 或 icon"));
      assertEquals("kind", e.field());
      assertEquals("文件类型应为 h5-package 或 icon", e.getMessage());
    }
  }
}
