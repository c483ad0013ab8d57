package org.onewindow.it.support;

import org.openqa.selenium.By;

/**
 * A user agrees once that a light app may receive their data (000 10.3 h), the way a person does:
 * on the portal's consent page, signed in at Keycloak. Without it every ticket exchange of the app
 * answers 403 / 10008 and no data — the demo light app included.
 */
public final class ConsentPage {

  /** The realm file's demo light app (web-module/lightapp-demo). */
  public static final String DEMO_APP = "onewindow-lightapp-demo";

  private ConsentPage() {}

  /** {@code username} signs in and agrees for {@code appKey}; agreeing again changes nothing. */
  public static void agree(String username, String password, String appKey) {
    try (Browser browser = new Browser()) {
      browser.open(Platform.BASE_URL + "/portal/consent/" + appKey);
      browser.logInAtKeycloak(username, password);
      agreeSignedIn(browser, appKey);
    }
  }

  /** The signed-in user of {@code browser} agrees for {@code appKey}, and is sent to its page. */
  public static void agreeSignedIn(Browser browser, String appKey) {
    if (!browser.url().contains("/portal/consent/")) {
      browser.open(Platform.BASE_URL + "/portal/consent/" + appKey);
    }
    browser.click(By.id("consentForm:agree"));
    browser.waitUntil(driver -> !browser.url().contains("/portal/consent/"));
  }
}
