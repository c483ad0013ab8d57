package org.onewindow.appcenter.service;

import java.io.Serializable;

/**
 * What an app's applicant receives once, at issue (000 9.3 生成key、secret): the app and its key, the
 * SM4 key in hex (the platform keeps it only wrapped) and, when the platform generated the SM2
 * pair, the private key PEM (the platform keeps only the public key). Show once; never log.
 */
public record IssuedApp(AppView app, String sm4KeyHex, String sm2PrivateKeyPem)
    implements Serializable {

  @Override
  public String toString() {
    return "IssuedApp[" + app.appKey() + ", secrets hidden]";
  }
}
