package org.onewindow.interaction.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * One word of the search lexicon. A synonym's {@code word} is its group's first term and {@code
 * synonyms} the others, comma-separated; the other kinds have a word only.
 */
@Entity
@Table(
    name = "ow_search_word",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_search_word",
            columnNames = {"kind", "word"}))
public class LexiconWord {

  public static final int MAX_WORD = 32;
  public static final int MAX_SYNONYMS = 256;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 16)
  private LexiconKind kind;

  @Column(name = "word", nullable = false, length = MAX_WORD)
  private String word;

  @Column(name = "synonyms", nullable = false, length = MAX_SYNONYMS)
  private String synonyms;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  protected LexiconWord() {
    // for JPA
  }

  public LexiconWord(
      LexiconKind kind, String word, String synonyms, String createdBy, Instant createdAt) {
    this.kind = kind;
    this.word = word;
    this.synonyms = synonyms;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public LexiconKind getKind() {
    return kind;
  }

  public String getWord() {
    return word;
  }

  public String getSynonyms() {
    return synonyms;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
