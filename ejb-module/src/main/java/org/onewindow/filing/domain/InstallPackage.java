package org.onewindow.filing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * A filing's install package as stored and read (000 10.1): where the file store keeps it, its SM3
 * fingerprint, and the facts read from it — the columns the platform searches and compares on
 * (package name, version code, signer) and the rest as JSON ({@link PackageFactsJson}).
 */
@Embeddable
public class InstallPackage {

  @Enumerated(EnumType.STRING)
  @Column(name = "package_platform", length = 16)
  private PackagePlatform platform;

  @Column(name = "package_storage_name", length = 80)
  private String storageName;

  @Column(name = "package_original_name", length = 100)
  private String originalName;

  @Column(name = "package_size")
  private Long size;

  /** SM3 of the file, 64 lower-case hex digits. */
  @Column(name = "package_sm3", length = 64)
  private String sm3Hex;

  @Column(name = "package_name", length = 255)
  private String packageName;

  @Column(name = "version_code")
  private Long versionCode;

  @Column(name = "version_name", length = 100)
  private String versionName;

  /** SM3 of the first signer's certificate, or empty for a package kind without one. */
  @Column(name = "certificate_sm3", length = 64)
  private String certificateSm3;

  @Column(name = "package_facts", length = 20_000)
  private String factsJson;

  @Column(name = "package_uploaded_at")
  private Instant uploadedAt;

  protected InstallPackage() {
    // for JPA
  }

  public InstallPackage(
      String storageName,
      String originalName,
      long size,
      String sm3Hex,
      PackageFacts facts,
      Instant uploadedAt) {
    this.platform = facts.platform();
    this.storageName = storageName;
    this.originalName = originalName;
    this.size = size;
    this.sm3Hex = sm3Hex;
    this.packageName = facts.packageName();
    this.versionCode = facts.versionCode();
    this.versionName = facts.versionName();
    this.certificateSm3 = facts.signer() == null ? "" : facts.signer().sm3Hex();
    this.factsJson = PackageFactsJson.write(facts);
    this.uploadedAt = uploadedAt;
  }

  /** Whether a package is attached (JPA gives an all-null embeddable for none). */
  boolean isPresent() {
    return storageName != null;
  }

  public PackagePlatform platform() {
    return platform;
  }

  public String storageName() {
    return storageName;
  }

  public String originalName() {
    return originalName;
  }

  public long size() {
    return size;
  }

  public String sm3Hex() {
    return sm3Hex;
  }

  public String packageName() {
    return packageName;
  }

  public long versionCode() {
    return versionCode;
  }

  public String versionName() {
    return versionName;
  }

  public String certificateSm3() {
    return certificateSm3;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }

  public PackageFacts facts() {
    return PackageFactsJson.read(factsJson);
  }
}
