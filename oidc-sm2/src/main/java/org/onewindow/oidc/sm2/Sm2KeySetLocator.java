package org.onewindow.oidc.sm2;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.http.HttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.util.EntityUtils;
import org.wildfly.security.http.oidc.OidcClientConfiguration;
import org.wildfly.security.http.oidc.PublicKeyLocator;

/**
 * The OIDC client's key locator for SM2 deployments: the keys come from the realm's SM2 key set,
 * {@code <provider-url>/sm2/certs} (Keycloak's standard set cannot hold SM2 keys, see the package).
 * It behaves as the client's own {@code JWKPublicKeyLocator}: keys are cached for {@code
 * public-key-cache-ttl} seconds, an unknown {@code kid} fetches the set again at most every {@code
 * min-time-between-jwks-requests} seconds, and the request goes through the client's own HTTP
 * client (its TLS settings apply).
 */
public final class Sm2KeySetLocator implements PublicKeyLocator {

  private static final Logger LOG = Logger.getLogger(Sm2KeySetLocator.class.getName());

  private final Map<String, PublicKey> keys = new ConcurrentHashMap<>();
  private volatile long fetchedAt;

  /** The SM2 key set of the provider (the realm) the deployment names. */
  public static String keySetUrl(OidcClientConfiguration configuration) {
    String provider = configuration.getProviderUrl();
    return (provider.endsWith("/") ? provider : provider + "/") + "sm2/certs";
  }

  @Override
  public PublicKey getPublicKey(String kid, OidcClientConfiguration configuration) {
    long now = seconds();
    if (kid != null && now < fetchedAt + configuration.getPublicKeyCacheTtl()) {
      PublicKey cached = keys.get(kid);
      if (cached != null) {
        return cached;
      }
    }
    synchronized (this) {
      if (seconds() > fetchedAt + configuration.getMinTimeBetweenJwksRequests()) {
        fetch(configuration);
      }
      return kid == null ? null : keys.get(kid);
    }
  }

  @Override
  public void reset(OidcClientConfiguration configuration) {
    synchronized (this) {
      fetch(configuration);
    }
  }

  private void fetch(OidcClientConfiguration configuration) {
    String url = keySetUrl(configuration);
    try {
      HttpResponse response = configuration.getClient().execute(new HttpGet(url));
      String body = EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
      int status = response.getStatusLine().getStatusCode();
      if (status != 200) {
        LOG.warning(() -> "SM2 key set " + url + " answered " + status);
        return;
      }
      Map<String, PublicKey> fresh = Sm2KeySet.signatureKeys(body);
      keys.clear();
      keys.putAll(fresh);
      fetchedAt = seconds();
      LOG.fine(() -> "SM2 key set " + url + ": " + fresh.keySet());
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "SM2 key set " + url + " unreadable: " + e.getMessage(), e);
    }
  }

  private static long seconds() {
    return System.currentTimeMillis() / 1000;
  }
}
