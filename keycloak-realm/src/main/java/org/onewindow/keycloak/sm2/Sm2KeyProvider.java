package org.onewindow.keycloak.sm2;

import java.util.stream.Stream;
import org.keycloak.common.util.KeyUtils;
import org.keycloak.component.ComponentModel;
import org.keycloak.crypto.KeyStatus;
import org.keycloak.crypto.KeyUse;
import org.keycloak.crypto.KeyWrapper;
import org.keycloak.keys.Attributes;
import org.keycloak.keys.KeyProvider;

/**
 * The SM2 key of one {@code sm2} component. The key is read once and kept with the component (as
 * Keycloak's own key providers do), so its signer's precomputations serve every token.
 */
public class Sm2KeyProvider implements KeyProvider {

  private final KeyWrapper key;

  Sm2KeyProvider(ComponentModel model) {
    KeyWrapper cached = model.getNote(KeyWrapper.class.getName());
    if (cached == null) {
      cached = load(model);
      model.setNote(KeyWrapper.class.getName(), cached);
    }
    this.key = cached;
  }

  private static KeyWrapper load(ComponentModel model) {
    Sm2KeyMaterial material =
        Sm2KeyMaterial.read(
            model.get(Sm2KeyProviderFactory.PRIVATE_KEY),
            model.get(Sm2KeyProviderFactory.CERTIFICATE));
    Sm2Key.Public publicKey = new Sm2Key.Public(material.publicKey());
    KeyWrapper wrapper = new KeyWrapper();
    wrapper.setProviderId(model.getId());
    wrapper.setProviderPriority(model.get(Attributes.PRIORITY_KEY, 0L));
    wrapper.setKid(KeyUtils.createKeyId(publicKey));
    wrapper.setUse(KeyUse.SIG);
    wrapper.setType(Sm2Jws.KEY_TYPE);
    wrapper.setAlgorithm(Sm2Jws.ALGORITHM);
    wrapper.setCurve(Sm2Jws.JWK_CURVE);
    wrapper.setStatus(
        KeyStatus.from(
            model.get(Attributes.ACTIVE_KEY, true), model.get(Attributes.ENABLED_KEY, true)));
    wrapper.setPrivateKey(new Sm2Key.Private(material.privateKey()));
    wrapper.setPublicKey(publicKey);
    if (material.certificate() != null) {
      wrapper.setCertificate(material.certificate());
    }
    return wrapper;
  }

  @Override
  public Stream<KeyWrapper> getKeysStream() {
    return Stream.of(key);
  }
}
