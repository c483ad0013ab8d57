package org.onewindow.crypto.sm2;

import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;

/** The recommended SM2 curve, sm2p256v1 (GB/T 32918.5-2017), named by its OID. */
final class Sm2Curve {

  /**
   * BC's custom implementation of the curve (SM2P256V1Curve: dedicated field arithmetic), several
   * times faster than the generic prime curve GMNamedCurves would give.
   */
  static final X9ECParameters X9 = CustomNamedCurves.getByOID(GMObjectIdentifiers.sm2p256v1);

  /** Named domain parameters: encoders then write the curve's OID, as OpenSSL expects. */
  static final ECDomainParameters DOMAIN =
      new ECNamedDomainParameters(GMObjectIdentifiers.sm2p256v1, X9);

  /** Bytes of a field element or scalar. */
  static final int FIELD_BYTES = 32;

  private Sm2Curve() {}
}
