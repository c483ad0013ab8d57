package org.onewindow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The citizen portal and single sign-on into the console (002 6.4, 004 5.3). */
@PlatformIT
@RunAsClient
class PortalIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Platform.ear();
  }

  @Test
  void theHomePageIsPublic() {
    try (Browser browser = new Browser()) {
      browser.open(Platform.BASE_URL + "/");
      assertEquals("欢迎使用一体化政务服务平台", browser.text(By.id("welcome")));
      assertFalse(browser.isOnKeycloakLoginPage());
    }
  }

  @Test
  void oneLoginAtThePortalServesTheConsoleWithoutASecondPassword() {
    try (Browser browser = new Browser()) {
      browser.open(Platform.BASE_URL + "/portal/");
      browser.click(By.id("login"));
      browser.logInAsAdministrator("admin");
      assertEquals("admin", browser.text(By.id("username")));

      // SSO: the console's own OIDC client gets a code from the Keycloak session at once.
      browser.open(Platform.BASE_URL + "/console/");
      assertEquals("建国 王", browser.text(By.id("welcomeName")));
      assertFalse(browser.isOnKeycloakLoginPage());
    }
  }

  /**
   * 000 8.2.3 b: the halls show their online apps to anyone, in the display configuration; the DEMO
   * app 公交出行 is published in the national hall and its unit's provincial hall, the offline 医保电子凭证
   * nowhere.
   */
  @Test
  void theHallsShowTheirOnlineAppsToEveryone() {
    try (Browser browser = new Browser()) {
      browser.open(Platform.BASE_URL + "/portal/halls.xhtml");
      browser.waitForText(By.id("apps"), "公交出行");
      assertFalse(browser.text(By.id("apps")).contains("医保电子凭证"));
      assertFalse(browser.isOnKeycloakLoginPage());
      browser.open(Platform.BASE_URL + "/portal/halls.xhtml?hall=dept-mps");
      browser.find(By.id("empty"));
    }
  }
}
