package org.onewindow.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * After a login or a display switch, a person goes back to a portal page only: no open redirect.
 */
class ReturnPathsTest {

  @Test
  void aPortalPageWithItsQueryIsKept() {
    assertEquals(
        "/portal/matter.xhtml?code=ITMATTER01",
        ReturnPaths.safe("/portal/matter.xhtml?code=ITMATTER01"));
    assertEquals(
        "/portal/matters.xhtml?agency=%E5%8C%97&province=110000",
        ReturnPaths.safe("/portal/matters.xhtml?agency=%E5%8C%97&province=110000"));
  }

  @Test
  void anythingElseLeadsHome() {
    for (String wanted :
        new String[] {
          null,
          "",
          "https://evil.example/",
          "//evil.example/portal/",
          "/portal//evil.example",
          "/\\evil.example",
          "/console/",
          "/portal/../console/",
          "/portal/x\r\nSet-Cookie: a=b",
          "javascript:alert(1)",
          "/portal/" + "a".repeat(2100)
        }) {
      assertEquals(ReturnPaths.HOME, ReturnPaths.safe(wanted), String.valueOf(wanted));
    }
  }
}
