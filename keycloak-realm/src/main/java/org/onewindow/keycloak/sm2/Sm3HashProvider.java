package org.onewindow.keycloak.sm2;

import org.keycloak.crypto.HashProvider;
import org.onewindow.crypto.Sm3;

/** SM3 digests (GB/T 32905) through sm-crypto. */
public class Sm3HashProvider implements HashProvider {

  @Override
  public byte[] hash(byte[] input) {
    return Sm3.digest(input);
  }
}
