package org.onewindow.matter.domain;

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
import java.util.EnumSet;
import java.util.Set;

/**
 * An item of the basic catalogue (基本目录), as the national platform hands it down (002 6.2 a; 004 7
 * a): kept by its 基本编码, replaced only by a newer version of the source, numbered in the catalogue
 * feed each time it changes. Implementation-list items name it by its code.
 */
@Entity
@Table(
    name = "ow_matter_catalogue",
    uniqueConstraints =
        @UniqueConstraint(name = "uk_matter_catalogue_code", columnNames = "basic_code"),
    indexes = @Index(name = "ix_matter_catalogue_feed", columnList = "feed_sequence"))
public class CatalogueItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "basic_code", nullable = false, length = 32)
  private String basicCode;

  @Column(name = "name", nullable = false, length = MatterElements.MAX_NAME)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "matter_type", nullable = false, length = 32)
  private MatterType matterType;

  @Column(name = "setting_basis", nullable = false, length = MatterElements.MAX_LONG_TEXT)
  private String settingBasis;

  /** {@link ServiceLevel} names, comma-separated in the enum's order. */
  @Column(name = "exercise_levels", nullable = false, length = 100)
  private String exerciseLevels;

  /** The source's version of what is kept: an older or equal one never overwrites it. */
  @Column(name = "source_version", nullable = false)
  private Instant sourceVersion;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /** Its place in the catalogue feed: the number of its latest change. */
  @Column(name = "feed_sequence", nullable = false)
  private long feedSequence;

  protected CatalogueItem() {
    // for JPA
  }

  public CatalogueItem(CatalogueEntry entry, Instant sourceVersion, Instant at, long sequence) {
    this.basicCode = entry.basicCode();
    replace(entry, sourceVersion, at, sequence);
  }

  /** Whether a record of {@code version} is news to what is kept (strictly newer). */
  public boolean olderThan(Instant version) {
    return sourceVersion.isBefore(version);
  }

  /** Takes the newer version's fields; the code stays. */
  public void replace(CatalogueEntry entry, Instant version, Instant at, long sequence) {
    if (!entry.basicCode().equals(basicCode)) {
      throw new IllegalArgumentException("another basic code: " + entry.basicCode());
    }
    this.name = entry.name();
    this.matterType = entry.matterType();
    this.settingBasis = entry.settingBasis();
    this.exerciseLevels = entry.levelsText();
    this.sourceVersion = version;
    this.updatedAt = at;
    this.feedSequence = sequence;
  }

  public Long getId() {
    return id;
  }

  public String getBasicCode() {
    return basicCode;
  }

  public String getName() {
    return name;
  }

  public MatterType getMatterType() {
    return matterType;
  }

  public String getSettingBasis() {
    return settingBasis;
  }

  public Set<ServiceLevel> getExerciseLevels() {
    Set<ServiceLevel> levels = EnumSet.noneOf(ServiceLevel.class);
    for (String name : exerciseLevels.split(",")) {
      if (!name.isBlank()) {
        levels.add(ServiceLevel.valueOf(name));
      }
    }
    return levels;
  }

  public Instant getSourceVersion() {
    return sourceVersion;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getFeedSequence() {
    return feedSequence;
  }
}
