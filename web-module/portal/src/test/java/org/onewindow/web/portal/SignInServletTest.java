package org.onewindow.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** After the login a matter page's sign-in link asks for, back to that matter, nowhere else. */
class SignInServletTest {

  @Test
  void aMatterCodeLeadsBackToItsPage() {
    assertEquals(
        "/portal/matter.xhtml?code=ITPORTAL0001",
        SignInServlet.returnTo("/portal", "/matter/ITPORTAL0001"));
  }

  @Test
  void applyingAndFollowingACaseLeadOnToTheirPages() {
    assertEquals(
        "/portal/apply.xhtml?matter=ITPORTAL0001",
        SignInServlet.returnTo("/portal", "/apply/ITPORTAL0001"));
    assertEquals(
        "/portal/case.xhtml?id=WB202612070000000001",
        SignInServlet.returnTo("/portal", "/case/WB202612070000000001"));
  }

  @Test
  void anythingElseLeadsHome() {
    for (String path :
        new String[] {
          null,
          "",
          "/",
          "/matter/",
          "/matter/x",
          "/matter/AB//evil.example",
          "//evil.example",
          "/matter/ITPORTAL0001/../../console",
          "/apply/",
          "/apply/..",
          "/case/a/b",
          "/case/<script>",
          "/other/ITPORTAL0001"
        }) {
      assertEquals("/portal/", SignInServlet.returnTo("/portal", path), String.valueOf(path));
    }
  }
}
