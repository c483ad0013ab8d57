/**
 * The layered key hierarchy for sensitive personal data at rest (003 6.3.2.3): SM4 for the data
 * (a), keys managed in layers (b), and a root key assembled from components stored apart, generated
 * only when needed (c). All strings are converted to and from bytes as UTF-8 (the clause's note).
 *
 * <pre>
 *   root-key components c1 … cn    stored apart (variables, files)       RootKeyComponents
 *     │ HMAC-SM3(c1 ⊕ … ⊕ cn, "onewindow/root-key/v1"), on demand, then wiped
 *   root key                       never stored                          RootKey
 *     │ HKDF-SM3, info "onewindow/kek/" + purpose + "/v" + version
 *   key-encryption keys            one per purpose and version           KeyEncryptionProvider
 *     │ SM4-GCM, aad "onewindow/dek/" + purpose + "/v" + version
 *   data keys                      one per value, stored wrapped         WrappedDataKey
 *     │ SM4-GCM, aad = the value's header
 *   values                         name purpose, KEK version, data key   EncryptedValue
 * </pre>
 *
 * <p>{@link KeyRing} is the face the services use: {@code encrypt(purpose, plaintext)}, {@code
 * decrypt(purpose, value)}, and {@code rewrap(value)} to move a value to the current KEK version
 * when keys rotate. Setting up the embedded default:
 *
 * <pre>{@code
 * KeyRing ring = KeyRing.of(
 *     SoftwareKeyEncryptionProvider.of(RootKeyComponents.fromEnvironment()), 1);
 * String stored = ring.encryptString("id-number", "110101199003074514");
 * }</pre>
 *
 * <h2>A hardware cryptographic device instead of the software provider</h2>
 *
 * <p>{@link SoftwareKeyEncryptionProvider} keeps the KEKs in the JVM's memory. Where a hardware
 * device is required, a provider implementing {@link KeyEncryptionProvider} keeps them inside the
 * device, and nothing else in this package changes: the device's provider is handed to {@link
 * KeyRing#of}, data keys are still generated and used in the JVM, and only the wrapping crosses
 * into the device.
 *
 * <ul>
 *   <li><b>PKCS#11</b> (the vendor's library): the root key, loaded into the token by the vendor's
 *       key-component ceremony, or the KEKs themselves, are non-extractable secret-key objects; the
 *       provider finds the KEK of (purpose, version) by the label {@code
 *       onewindow/kek/<purpose>/v<version>} (or derives it in the token with {@code C_DeriveKey})
 *       and encrypts and decrypts data keys with it through the token's SM4 mechanism, which in
 *       most tokens is vendor-defined.
 *   <li><b>GM/T 0018 SDF</b> (密码设备应用接口): the device stores KEKs at key indexes; the provider maps
 *       each (purpose, version) to an index in its configuration and has the device encrypt and
 *       decrypt the data key under that index's KEK, so the KEK never leaves the device.
 * </ul>
 *
 * <p>Either way the wrapped bytes are whatever the device produces (up to 255 bytes, the length is
 * stored in each value), {@code unwrap} must throw {@link org.onewindow.crypto.CryptoException} for
 * anything altered, and the wrap must bind purpose and version (as aad, or through distinct KEKs
 * per purpose and version). Values wrapped by one provider open only under that provider's KEKs: to
 * move to a device, give its KEKs a new version, make it current, and {@link KeyRing#rewrap} the
 * stored values through a provider that delegates the old versions to the software provider.
 */
package org.onewindow.crypto.keys;
