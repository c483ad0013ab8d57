package org.onewindow.crypto.bench;

import java.util.Random;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.onewindow.crypto.Sm3;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** SM3 over 1 KiB and 1 MiB: ours against BC's SM3Digest used directly. */
@State(Scope.Thread)
public class Sm3Benchmark {

  @Param({"1024", "1048576"})
  public int size;

  private byte[] data;

  @Setup
  public void setUp() {
    data = new byte[size];
    new Random(1).nextBytes(data);
  }

  @Benchmark
  public byte[] sm3Ours() {
    return Sm3.digest(data);
  }

  @Benchmark
  public byte[] sm3Bc() {
    SM3Digest digest = new SM3Digest();
    digest.update(data, 0, data.length);
    byte[] out = new byte[32];
    digest.doFinal(out, 0);
    return out;
  }
}
