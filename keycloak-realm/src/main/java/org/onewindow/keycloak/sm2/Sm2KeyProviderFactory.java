package org.onewindow.keycloak.sm2;

import java.util.List;
import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.component.ComponentModel;
import org.keycloak.component.ComponentValidationException;
import org.keycloak.crypto.KeyUse;
import org.keycloak.keys.Attributes;
import org.keycloak.keys.KeyProvider;
import org.keycloak.keys.KeyProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ConfigurationValidationHelper;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.onewindow.crypto.CryptoException;
import org.onewindow.crypto.sm2.Sm2Keys;

/**
 * The {@code sm2} key provider: one SM2 signing key per component. With no private key configured
 * it generates one when the component is created (and stores it, PEM, as Keycloak stores its own
 * generated keys); an imported key is a PEM PKCS#8 private key with, optionally, its X.509
 * certificate (published as {@code x5c}). Bad input is refused with a message that says which field
 * and why.
 */
public class Sm2KeyProviderFactory implements KeyProviderFactory<Sm2KeyProvider> {

  public static final String ID = "sm2";

  public static final String PRIVATE_KEY = "privateKey";
  public static final String CERTIFICATE = "certificate";

  private static final List<ProviderConfigProperty> PROPERTIES =
      ProviderConfigurationBuilder.create()
          .property(Attributes.PRIORITY_PROPERTY)
          .property(Attributes.ENABLED_PROPERTY)
          .property(Attributes.ACTIVE_PROPERTY)
          .property()
          .name(PRIVATE_KEY)
          .label("SM2 私钥 / SM2 private key")
          .helpText("PEM PKCS#8；留空则生成新密钥 / PEM PKCS#8; leave empty to generate a new key pair")
          .type(ProviderConfigProperty.TEXT_TYPE)
          .secret(true)
          .add()
          .property()
          .name(CERTIFICATE)
          .label("证书 / Certificate")
          .helpText("可选：该密钥的 X.509 证书（PEM）/ optional: the key's X.509 certificate (PEM)")
          .type(ProviderConfigProperty.TEXT_TYPE)
          .add()
          .build();

  @Override
  public Sm2KeyProvider create(KeycloakSession session, ComponentModel model) {
    return new Sm2KeyProvider(model);
  }

  @Override
  public void validateConfiguration(KeycloakSession session, RealmModel realm, ComponentModel model)
      throws ComponentValidationException {
    ConfigurationValidationHelper.check(model)
        .checkLong(Attributes.PRIORITY_PROPERTY, false)
        .checkBoolean(Attributes.ENABLED_PROPERTY, false)
        .checkBoolean(Attributes.ACTIVE_PROPERTY, false);
    String pem = model.get(PRIVATE_KEY);
    if (pem == null || pem.isBlank()) {
      model.put(PRIVATE_KEY, Sm2Keys.generate().privateKey().toPem());
      model.getConfig().remove(CERTIFICATE); // a certificate of another key cannot stay
      return;
    }
    try {
      Sm2KeyMaterial.read(pem, model.get(CERTIFICATE));
    } catch (CryptoException e) {
      throw new ComponentValidationException(e.getMessage());
    }
  }

  /** A key when a realm has none for {@code SM2} yet (Keycloak asks every key factory). */
  @Override
  public boolean createFallbackKeys(KeycloakSession session, KeyUse keyUse, String algorithm) {
    if (keyUse != KeyUse.SIG || !Sm2Jws.ALGORITHM.equals(algorithm)) {
      return false;
    }
    RealmModel realm = session.getContext().getRealm();
    ComponentModel generated = new ComponentModel();
    generated.setName("fallback-" + Sm2Jws.ALGORITHM);
    generated.setParentId(realm.getId());
    generated.setProviderId(ID);
    generated.setProviderType(KeyProvider.class.getName());
    MultivaluedHashMap<String, String> config = new MultivaluedHashMap<>();
    config.putSingle(Attributes.PRIORITY_KEY, "-100");
    generated.setConfig(config);
    realm.addComponentModel(generated);
    return true;
  }

  @Override
  public String getHelpText() {
    return "SM2 签名密钥（SM3withSM2）/ SM2 signing key for the JWS algorithm SM2";
  }

  @Override
  public List<ProviderConfigProperty> getConfigProperties() {
    return PROPERTIES;
  }

  @Override
  public String getId() {
    return ID;
  }
}
