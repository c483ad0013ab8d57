package org.onewindow.appcenter.service;

import java.net.URI;
import org.onewindow.appcenter.domain.ServiceApp;
import org.onewindow.common.InvalidInputException;
import org.onewindow.identity.domain.AppClientSpec;

/** The realm client an app is (000 9.2): applied for, and registered again when put online. */
final class AppClientSpecs {

  private AppClientSpecs() {}

  /**
   * The app's client as the identity service registers it.
   *
   * @throws InvalidInputException when the app's page address is not a URI
   */
  static AppClientSpec of(ServiceApp app) {
    URI page;
    try {
      page = URI.create(app.getPageUrl() == null ? "" : app.getPageUrl().strip());
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.keyed("pageUrl", "appcenter.app.pageUrl");
    }
    return new AppClientSpec(
        app.getAppKey(), app.getName(), page, app.getSm2PublicKeyPem(), app.getSm4KeyRef());
  }
}
