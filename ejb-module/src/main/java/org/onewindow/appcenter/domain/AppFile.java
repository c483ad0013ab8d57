package org.onewindow.appcenter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file of an app (000 9.3 应用上传; 10 filing: package, icon, screenshots), as the store kept it:
 * under a server-generated name outside the web root, with its SM3 fingerprint (003 6.3.2.3 d). The
 * user's file name is kept only as cleaned metadata.
 */
@Entity
@Table(name = "ow_app_file", indexes = @Index(name = "ix_app_file_app", columnList = "app_id"))
public class AppFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "app_id", nullable = false)
  private long appId;

  @Column(name = "revision", nullable = false)
  private int revision;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private AppFileKind kind;

  @Column(name = "storage_name", nullable = false, length = 80, unique = true)
  private String storageName;

  @Column(name = "original_name", nullable = false, length = 100)
  private String originalName;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  /** SM3 of the bytes, Base64url (003 6.3.2.3 d). */
  @Column(name = "sm3", nullable = false, length = 64)
  private String sm3;

  @Column(name = "uploaded_by", nullable = false, length = 100)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected AppFile() {
    // for JPA
  }

  public AppFile(
      long appId,
      int revision,
      AppFileKind kind,
      String storageName,
      String originalName,
      long size,
      String sm3,
      String uploadedBy,
      Instant uploadedAt) {
    this.appId = appId;
    this.revision = revision;
    this.kind = kind;
    this.storageName = storageName;
    this.originalName = originalName;
    this.size = size;
    this.sm3 = sm3;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() {
    return id;
  }

  public long getAppId() {
    return appId;
  }

  public int getRevision() {
    return revision;
  }

  public AppFileKind getKind() {
    return kind;
  }

  public String getStorageName() {
    return storageName;
  }

  public String getOriginalName() {
    return originalName;
  }

  public long getSize() {
    return size;
  }

  public String getSm3() {
    return sm3;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
