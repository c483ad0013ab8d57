package org.onewindow.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.it.support.Administrator;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.Browser;
import org.onewindow.it.support.DeployedCluster;
import org.onewindow.it.support.OnCluster;
import org.onewindow.it.support.Platform;
import org.openqa.selenium.By;

/**
 * A node killed with SIGKILL (issue 17 item 3): the sessions it served continue on the survivor
 * without a new login, because console and portal sessions are distributable (WildFly's web cache,
 * two owners) and the balancer sends a request whose node is gone to the other one. The killed node
 * starts again afterwards, and joins.
 */
@OnCluster
class NodeFailureClusterIT {

  @RegisterExtension static final Administrators administrators = new Administrators();

  @Test
  void consoleAndPortalSessionsContinueOnTheSurvivorWhenTheirNodeIsKilled() {
    Administrator admin = administrators.platformAdmin();
    try (Browser browser = new Browser()) {
      browser.pinTo(DeployedCluster.node(2));
      browser.open(Platform.BASE_URL + "/portal/me.xhtml");
      browser.logInAsAdministrator(admin);
      assertEquals(admin.username(), browser.text(By.id("username")));
      browser.open(Platform.BASE_URL + "/console/audit.xhtml");
      browser.find(By.id("audit:records"));

      DeployedCluster.crash(2);
      try {
        // The page node2 rendered posts back to the survivor, which restores the view from the
        // session it holds a copy of: no new login, no expired view.
        browser.click(By.id("audit:verify"));
        browser.find(By.id("audit:chain"));
        assertFalse(browser.isOnKeycloakLoginPage(), "no new login on the survivor");

        browser.open(Platform.BASE_URL + "/portal/me.xhtml");
        assertEquals(admin.username(), browser.text(By.id("username")));
        browser.screenshot("cluster-session-on-the-survivor");
      } finally {
        DeployedCluster.restart(2);
      }
    }
  }
}
