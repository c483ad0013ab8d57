package org.onewindow.web.console.appcenter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InspectionScreenshotServletTest {

  @Test
  void onlyARecordIdIsAPath() {
    assertEquals(12, InspectionScreenshotServlet.id("/12"));
    assertEquals(-1, InspectionScreenshotServlet.id("/12/3"));
    assertEquals(-1, InspectionScreenshotServlet.id("/../x"));
    assertEquals(-1, InspectionScreenshotServlet.id(null));
  }
}
