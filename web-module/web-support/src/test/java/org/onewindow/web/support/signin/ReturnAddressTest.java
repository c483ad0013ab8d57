package org.onewindow.web.support.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** "Try again" never leads out of the WAR it was offered in. */
class ReturnAddressTest {

  @Test
  void aPathOfThisWarIsKept() {
    assertEquals("/portal/me.xhtml", ReturnAddress.within("/portal", "/portal/me.xhtml"));
    assertEquals(
        "/console/apps.xhtml?id=3", ReturnAddress.within("/console", "/console/apps.xhtml?id=3"));
  }

  @Test
  void anythingElseLeadsToTheWarsRoot() {
    for (String elsewhere :
        new String[] {
          null,
          "",
          "https://evil.example/",
          "//evil.example/portal/",
          "/console/",
          "/portalx/me.xhtml",
          "/portal/\\evil",
          "/portal/me.xhtml\r\nSet-Cookie: x=1"
        }) {
      assertEquals(
          "/portal/", ReturnAddress.within("/portal", elsewhere), String.valueOf(elsewhere));
    }
  }
}
