package org.onewindow.web.jssdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JssdkScriptTest {

  private static String template() throws IOException {
    return Files.readString(Path.of("src/main/webapp/WEB-INF/jssdk/index.js"));
  }

  @Test
  void theRealmAddressAndLoginClientAreWrittenIn() throws IOException {
    String script = JssdkScript.render(template(), "https://sso.example.gov.cn/");
    assertTrue(
        script.contains("var REALM_URL = \"https://sso.example.gov.cn/realms/onewindow\";"),
        script);
    assertTrue(script.contains("var LOGIN_CLIENT = \"onewindow-jssdk\";"));
    assertFalse(script.contains("__ONEWINDOW_"));
  }

  @Test
  void theScriptExposesTheStandardsThreeUserFunctions() throws IOException {
    // 000 9.2.3-9.2.5: lightAppJssdk.user.getTicket / loginapp / logout; 9.2.4's message.
    String script = template();
    assertTrue(
        script.contains("user: { getTicket: getTicket, loginapp: loginapp, logout: logout }"));
    assertTrue(script.contains("'当前全国一体化政务服务平台移动端已登录'"));
  }

  @Test
  void aConfiguredAddressCannotBreakOutOfItsStringLiteral() {
    assertEquals("\"a\\u0022b\\u003c/script\\u003e\"", JssdkScript.literal("a\"b</script>"));
    assertThrows(
        IllegalArgumentException.class,
        () -> JssdkScript.render("x", "javascript:alert(1)//example"));
    assertThrows(IllegalArgumentException.class, () -> JssdkScript.render("x", "not a url"));
  }
}
