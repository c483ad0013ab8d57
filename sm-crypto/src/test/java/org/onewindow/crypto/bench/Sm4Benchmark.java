package org.onewindow.crypto.bench;

import java.security.SecureRandom;
import java.util.Random;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.BufferedBlockCipher;
import org.bouncycastle.crypto.StreamCipher;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.modes.SICBlockCipher;
import org.bouncycastle.crypto.paddings.PKCS7Padding;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.onewindow.crypto.sm4.Sm4Cbc;
import org.onewindow.crypto.sm4.Sm4Ctr;
import org.onewindow.crypto.sm4.Sm4Gcm;
import org.onewindow.crypto.sm4.Sm4Key;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * SM4 GCM/CTR/CBC encryption of 1 KiB and 16 KiB: ours, plain BC with the same modes (a fresh
 * cipher per message, as ours), and the JDK's AES-128-GCM.
 */
@State(Scope.Thread)
public class Sm4Benchmark {

  @Param({"1024", "16384"})
  public int size;

  private final SecureRandom random = new SecureRandom();
  private byte[] data;
  private byte[] keyBytes;
  private Sm4Key key;
  private final byte[] iv = new byte[16];
  private final byte[] aad = new byte[0];
  private SecretKeySpec aesKey;

  @Setup
  public void setUp() {
    data = new byte[size];
    new Random(1).nextBytes(data);
    key = Sm4Key.generate();
    keyBytes = key.bytes();
    aesKey = new SecretKeySpec(keyBytes, "AES");
  }

  @Benchmark
  public byte[] sm4GcmOurs() {
    return Sm4Gcm.seal(key, data, aad);
  }

  @Benchmark
  public byte[] sm4GcmBc() throws Exception {
    byte[] nonce = new byte[12];
    random.nextBytes(nonce);
    GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
    gcm.init(true, new AEADParameters(new KeyParameter(keyBytes), 128, nonce, aad));
    byte[] out = new byte[gcm.getOutputSize(data.length)];
    int length = gcm.processBytes(data, 0, data.length, out, 0);
    gcm.doFinal(out, length);
    return out;
  }

  @Benchmark
  public byte[] sm4CtrOurs() {
    return Sm4Ctr.apply(key, iv, data);
  }

  @Benchmark
  public byte[] sm4CtrBc() {
    StreamCipher ctr = SICBlockCipher.newInstance(new SM4Engine());
    ctr.init(true, new ParametersWithIV(new KeyParameter(keyBytes), iv));
    byte[] out = new byte[data.length];
    ctr.processBytes(data, 0, data.length, out, 0);
    return out;
  }

  @Benchmark
  public byte[] sm4CbcOurs() {
    return Sm4Cbc.encrypt(key, iv, data);
  }

  @Benchmark
  public byte[] sm4CbcBc() throws Exception {
    BufferedBlockCipher cbc =
        new PaddedBufferedBlockCipher(
            CBCBlockCipher.newInstance(new SM4Engine()), new PKCS7Padding());
    cbc.init(true, new ParametersWithIV(new KeyParameter(keyBytes), iv));
    byte[] out = new byte[cbc.getOutputSize(data.length)];
    int length = cbc.processBytes(data, 0, data.length, out, 0);
    cbc.doFinal(out, length);
    return out;
  }

  @Benchmark
  public byte[] aes128GcmJdk() throws Exception {
    byte[] nonce = new byte[12];
    random.nextBytes(nonce);
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.ENCRYPT_MODE, aesKey, new GCMParameterSpec(128, nonce));
    return cipher.doFinal(data);
  }
}
