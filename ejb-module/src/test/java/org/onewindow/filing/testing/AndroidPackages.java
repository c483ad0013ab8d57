package org.onewindow.filing.testing;

import com.android.apksig.ApkSigner;
import com.android.apksig.SigningCertificateLineage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds an APK for a test: a compiled manifest ({@link BinaryManifest}) and a placeholder {@code
 * classes.dex} in a zip, signed with apksig's {@link ApkSigner} — the Android build tools' own
 * signer — with the schemes asked for, and optionally rotated to a new key through a v3 signing
 * certificate lineage in which the old key vouches for the new one.
 *
 * <pre>{@code
 * Path apk = AndroidPackages.apk(BinaryManifest.of("gov.example.app").versionCode(2))
 *     .signedBy(newKey).rotatedFrom(oldKey).writeTo(dir.resolve("app.apk"));
 * }</pre>
 */
public final class AndroidPackages {

  /** A dex file's magic and version, enough for a placeholder nobody executes. */
  private static final byte[] DEX =
      "dex\n035\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

  private final BinaryManifest manifest;
  private TestSigner signer;
  private TestSigner previous;
  private boolean v1 = true;
  private boolean v2 = true;
  private boolean v3 = true;

  private AndroidPackages(BinaryManifest manifest) {
    this.manifest = manifest;
  }

  /** An APK with {@code manifest}, unsigned until {@link #signedBy}. */
  public static AndroidPackages apk(BinaryManifest manifest) {
    return new AndroidPackages(manifest);
  }

  public AndroidPackages signedBy(TestSigner key) {
    this.signer = key;
    return this;
  }

  /**
   * Signs with a lineage {@code old → signer}: v3 (APK Signature Scheme v3) carries the new key and
   * the lineage from Android 9 (API 28) on; v1 and v2 are signed with the old key.
   */
  public AndroidPackages rotatedFrom(TestSigner old) {
    this.previous = old;
    return this;
  }

  /** Which signature schemes to sign with (all three by default). */
  public AndroidPackages schemes(boolean withV1, boolean withV2, boolean withV3) {
    this.v1 = withV1;
    this.v2 = withV2;
    this.v3 = withV3;
    return this;
  }

  /** Writes the package to {@code file} (and a scratch file beside it) and returns it. */
  public Path writeTo(Path file) throws IOException {
    if (signer == null) {
      writeUnsigned(file);
      return file;
    }
    Path unsigned = file.resolveSibling(file.getFileName() + ".unsigned");
    writeUnsigned(unsigned);
    try {
      List<ApkSigner.SignerConfig> signers = new ArrayList<>();
      if (previous != null) {
        signers.add(config(previous));
      }
      signers.add(config(signer));
      ApkSigner.Builder builder =
          new ApkSigner.Builder(signers)
              .setInputApk(unsigned.toFile())
              .setOutputApk(file.toFile())
              .setV1SigningEnabled(v1)
              .setV2SigningEnabled(v2)
              .setV3SigningEnabled(v3)
              .setV4SigningEnabled(false)
              .setCreatedBy("onewindow tests");
      if (previous != null) {
        builder
            .setSigningCertificateLineage(lineage(previous, signer))
            // rotate in the v3.0 block (Android 9+), not only in v3.1 (Android 13+)
            .setMinSdkVersionForRotation(28);
      }
      builder.build().sign();
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("apksig could not sign the test package", e);
    } finally {
      Files.deleteIfExists(unsigned);
    }
    return file;
  }

  private void writeUnsigned(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("AndroidManifest.xml"));
      zip.write(manifest.bytes());
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("classes.dex"));
      zip.write(DEX);
      zip.write(new byte[104]);
      zip.closeEntry();
    }
  }

  private static ApkSigner.SignerConfig config(TestSigner key) {
    return new ApkSigner.SignerConfig.Builder(
            key.name(), key.privateKey(), List.of(key.certificate()))
        .build();
  }

  private static SigningCertificateLineage lineage(TestSigner old, TestSigner next)
      throws Exception {
    return new SigningCertificateLineage.Builder(lineageConfig(old), lineageConfig(next)).build();
  }

  private static SigningCertificateLineage.SignerConfig lineageConfig(TestSigner key) {
    return new SigningCertificateLineage.SignerConfig.Builder(key.privateKey(), key.certificate())
        .build();
  }
}
