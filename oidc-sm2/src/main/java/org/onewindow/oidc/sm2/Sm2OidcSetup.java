package org.onewindow.oidc.sm2;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.wildfly.security.http.oidc.Oidc;
import org.wildfly.security.http.oidc.OidcClientConfiguration;
import org.wildfly.security.http.oidc.OidcClientConfigurationBuilder;
import org.wildfly.security.http.oidc.OidcClientContext;

/**
 * Lets a WAR secured by the {@code elytron-oidc-client} subsystem accept SM2-signed tokens. List it
 * first among the WAR's listeners: it runs before the subsystem's {@code
 * OidcConfigurationServletListener} (added after the WAR's own), which keeps a client context that
 * is already there.
 *
 * <ol>
 *   <li>registers the jose4j algorithm {@code SM2} (once per server, while any WAR needs it);
 *   <li>when the deployment's {@code token-signature-algorithm} is {@code SM2}, builds the client
 *       configuration from the subsystem's JSON exactly as the subsystem would, with {@link
 *       Sm2KeySetLocator} as its key locator instead of the JWKS locator that cannot read SM2 keys.
 * </ol>
 */
public class Sm2OidcSetup implements ServletContextListener {

  /** The context parameter in which the subsystem passes a secure deployment's configuration. */
  static final String SUBSYSTEM_JSON = "org.wildfly.security.http.oidc.json.config";

  private static final Logger LOG = Logger.getLogger(Sm2OidcSetup.class.getName());

  @Override
  public void contextInitialized(ServletContextEvent event) {
    Sm2JsonWebSignatureAlgorithm.register();
    ServletContext context = event.getServletContext();
    String json = context.getInitParameter(SUBSYSTEM_JSON);
    if (json == null) {
      return; // not secured by the subsystem
    }
    if (context.getAttribute(Oidc.OIDC_CLIENT_CONTEXT_KEY) != null) {
      LOG.warning(
          () ->
              context.getContextPath()
                  + ": OIDC client configured before Sm2OidcSetup ran; list it first in web.xml,"
                  + " or SM2 tokens are refused");
      return;
    }
    OidcClientConfiguration configuration =
        OidcClientConfigurationBuilder.build(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    if (!Sm2JsonWebSignatureAlgorithm.ALGORITHM.equals(
        configuration.getTokenSignatureAlgorithm())) {
      return; // the subsystem's own set-up serves every other algorithm
    }
    configuration.setPublicKeyLocator(new Sm2KeySetLocator());
    context.setAttribute(Oidc.OIDC_CLIENT_CONTEXT_KEY, new OidcClientContext(configuration));
    LOG.info(
        () ->
            context.getContextPath()
                + ": SM2 tokens, keys from "
                + Sm2KeySetLocator.keySetUrl(configuration));
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    Sm2JsonWebSignatureAlgorithm.unregister();
  }
}
