package org.onewindow.appcenter.service;

import java.io.Serializable;

/**
 * What the caller receives once after a re-issue (000 9.3; 003 6.3.2.3): the app as it now is, what
 * was re-issued, the new SM4 key in hex (null unless it was re-issued) and the new SM2 private key
 * PEM (null unless the platform generated the pair). The platform keeps neither in clear: the SM4
 * key only wrapped under the KEK, the private key not at all. Show once; never log.
 */
public record ReissuedCredentials(
    AppView app, String reissued, String sm4KeyHex, String sm2PrivateKeyPem)
    implements Serializable {

  @Override
  public String toString() {
    return "ReissuedCredentials[" + app.appKey() + ", " + reissued + ", secrets hidden]";
  }
}
