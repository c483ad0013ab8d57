package org.onewindow.web.console.filing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The image servlet's address names a filing and one of its files, and nothing else. */
class FilingFileServletTest {

  @Test
  void aFilingAndAFileById() {
    assertArrayEquals(new long[] {12, 34}, FilingFileServlet.ids("/12/34"));
  }

  @Test
  void anythingElseNamesNoFile() {
    for (String path : new String[] {null, "", "/12", "/12/34/56", "/../34", "/12/x", "/-1/2"}) {
      assertEquals(0, FilingFileServlet.ids(path).length, String.valueOf(path));
    }
  }
}
