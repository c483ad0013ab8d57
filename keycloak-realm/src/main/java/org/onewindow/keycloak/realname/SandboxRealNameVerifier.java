package org.onewindow.keycloak.realname;

import java.util.Map;

/**
 * SANDBOX — NOT A REAL-NAME SERVICE. Answers from a fixed registry of fake identities so that the
 * demo run and the tests can raise a level without the national service. The identities are
 * invented: the ID numbers have valid GB 11643 check characters and real address codes, but belong
 * to nobody. Selected only by {@code verifier=sandbox} (the {@code keycloak-realm/keycloak} script
 * sets it for the demo and the tests); a production Keycloak never selects it by default, and the
 * factory logs a warning whenever it is in use. The registry is documented in README ("Real-name
 * levels, step-up and the sandbox").
 */
public final class SandboxRealNameVerifier implements RealNameVerifier {

  /** ID number → name. SANDBOX data: fake people. */
  static final Map<String, String> REGISTRY =
      Map.of(
          "110101199003074514", "张三",
          "110105198512120022", "李四",
          "310115200001010032", "王五",
          "440306197806150082", "赵六",
          "320102199511200068", "测试用户");

  @Override
  public boolean matches(String name, String idNumber) {
    return name.equals(REGISTRY.get(idNumber));
  }

  @Override
  public boolean isSandbox() {
    return true;
  }
}
