package org.onewindow.web.support.signin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The page a sign-in meets while the realm is down: Chinese first, English on request. */
class IdentityUnavailablePageTest {

  @Test
  void chineseByDefaultWithTheWayBack() {
    String page =
        IdentityUnavailableServlet.page(Locale.SIMPLIFIED_CHINESE, "/portal/me.xhtml?a=1&b=2");
    assertTrue(page.contains("<html lang=\"zh-CN\">"), page);
    assertTrue(page.contains(">统一身份认证服务暂时无法访问</h1>"), page);
    assertTrue(page.contains("已登录的用户不受影响"), page);
    assertTrue(page.contains("href=\"/portal/me.xhtml?a=1&amp;b=2\""), page);
    assertTrue(page.contains("?lang=en&amp;return=%2Fportal%2Fme.xhtml%3Fa%3D1%26b%3D2"), page);
    assertFalse(page.contains("???"), page);
  }

  @Test
  void englishWhenAsked() {
    String page = IdentityUnavailableServlet.page(Locale.ENGLISH, "/console/");
    assertTrue(page.contains("<html lang=\"en\">"), page);
    assertTrue(page.contains(">The sign-in service is temporarily unavailable</h1>"), page);
    assertTrue(page.contains(">Try again</a>"), page);
    assertFalse(page.contains("???"), page);
  }
}
