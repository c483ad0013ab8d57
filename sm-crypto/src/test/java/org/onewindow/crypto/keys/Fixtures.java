package org.onewindow.crypto.keys;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Root-key components in an injected environment, as the tests need them. */
final class Fixtures {

  private Fixtures() {}

  /** {@code ONEWINDOW_ROOT_KEY_COMPONENT_1..n} set to {@code components}. */
  static Map<String, String> environment(List<String> components) {
    Map<String, String> environment = new HashMap<>();
    for (int i = 0; i < components.size(); i++) {
      environment.put(RootKeyComponents.VARIABLE_PREFIX + (i + 1), components.get(i));
    }
    return environment;
  }

  /** Components of a fresh random root key. */
  static RootKeyComponents freshComponents() {
    return RootKeyComponents.fromEnvironment(
        environment(RootKeyComponents.generateComponents(2))::get);
  }

  /** A software provider over a fresh random root key. */
  static SoftwareKeyEncryptionProvider freshProvider() {
    return SoftwareKeyEncryptionProvider.of(freshComponents());
  }
}
