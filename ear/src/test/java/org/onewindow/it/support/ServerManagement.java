package org.onewindow.it.support;

import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.ModelControllerClientConfiguration;

/**
 * The server's management API on its management port ({@code it.management.port}), for tests that
 * read what only the server knows (its transactions in flight). Local authentication: the test runs
 * as the server's own user on the same machine, as {@code jboss-cli.sh} does.
 */
public final class ServerManagement {

  private ServerManagement() {}

  /**
   * A client of the running server's management API; close it after use. Its connection may take a
   * while on a busy machine (the handshake runs on the server's own threads), hence the patient
   * timeout: it bounds a server that never answers, nothing is measured.
   */
  public static ModelControllerClient client() {
    return ModelControllerClient.Factory.create(
        new ModelControllerClientConfiguration.Builder()
            .setProtocol("remote+http")
            .setHostName("127.0.0.1")
            .setPort(Platform.MANAGEMENT_PORT)
            .setConnectionTimeout(60_000)
            .build());
  }
}
