package org.onewindow.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One material of an online application (001 7.2 材料上传): which entry of the matter's 材料目录 it
 * answers, the stored file (kernel file store, {@link CaseMaterialFileKind}) and its SM3
 * fingerprint. One per entry: a new upload for the same entry replaces it.
 */
@Entity(name = "OnlineMaterial")
@Table(
    name = "ow_online_material",
    indexes = {@Index(name = "ix_online_material_case", columnList = "case_id")})
public class OnlineMaterial {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false)
  private long caseId;

  /** The 材料目录 entry's name. */
  @Column(name = "material_name", nullable = false, length = 200)
  private String materialName;

  @Column(name = "storage_name", nullable = false, length = 64)
  private String storageName;

  @Column(name = "original_name", nullable = false, length = 100)
  private String originalName;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(name = "sm3", nullable = false, length = 64)
  private String sm3Hex;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected OnlineMaterial() {}

  public OnlineMaterial(
      long caseId,
      String materialName,
      String storageName,
      String originalName,
      long size,
      String sm3Hex,
      Instant uploadedAt) {
    this.caseId = caseId;
    this.materialName = materialName;
    this.storageName = storageName;
    this.originalName = originalName;
    this.size = size;
    this.sm3Hex = sm3Hex;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() {
    return id;
  }

  public long getCaseId() {
    return caseId;
  }

  public String getMaterialName() {
    return materialName;
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

  public String getSm3Hex() {
    return sm3Hex;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
