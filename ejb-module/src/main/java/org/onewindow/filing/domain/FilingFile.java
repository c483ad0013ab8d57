package org.onewindow.filing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * An image kept with a filing: its icon, a screenshot (001 5.2–5.3), or a reviewer's evidence for a
 * checklist item (000 10.3; {@link #getItem}). The install package lives on the filing itself
 * ({@link InstallPackage}).
 */
@Entity
@Table(
    name = "ow_filing_file",
    indexes = @Index(name = "ix_filing_file", columnList = "filing_id"),
    uniqueConstraints =
        @UniqueConstraint(name = "uk_filing_file_storage", columnNames = "storage_name"))
public class FilingFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "filing_id", nullable = false)
  private long filingId;

  @Column(name = "revision", nullable = false)
  private int revision;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private FilingFileKind kind;

  /** The checklist item an evidence screenshot belongs to; null for the submitter's images. */
  @Enumerated(EnumType.STRING)
  @Column(name = "item", length = 1)
  private ChecklistItem item;

  @Column(name = "storage_name", nullable = false, length = 80)
  private String storageName;

  @Column(name = "original_name", nullable = false, length = 100)
  private String originalName;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(name = "sm3", nullable = false, length = 64)
  private String sm3Hex;

  @Column(name = "uploaded_by", nullable = false, length = 100)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected FilingFile() {
    // for JPA
  }

  public FilingFile(
      long filingId,
      int revision,
      FilingFileKind kind,
      ChecklistItem item,
      String storageName,
      String originalName,
      long size,
      String sm3Hex,
      String uploadedBy,
      Instant uploadedAt) {
    this.filingId = filingId;
    this.revision = revision;
    this.kind = kind;
    this.item = item;
    this.storageName = storageName;
    this.originalName = originalName;
    this.size = size;
    this.sm3Hex = sm3Hex;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() {
    return id;
  }

  public long getFilingId() {
    return filingId;
  }

  public int getRevision() {
    return revision;
  }

  public FilingFileKind getKind() {
    return kind;
  }

  public ChecklistItem getItem() {
    return item;
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

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
