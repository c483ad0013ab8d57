package org.onewindow.appcenter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.Locale;
import org.onewindow.common.InputRules;
import org.onewindow.common.InvalidInputException;

/**
 * A word of the sensitive-word lexicon that interface tests flag in parameters and responses (000
 * 9.4.3 b), managed by platform administrators in the console.
 */
@Entity
@Table(
    name = "ow_sensitive_word",
    uniqueConstraints = @UniqueConstraint(name = "uk_sensitive_word", columnNames = "word"))
public class SensitiveWord {

  public static final int MAX_LENGTH = 50;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Kept as entered, Latin letters in lower case: matching ignores their case. */
  @Column(name = "word", nullable = false, length = MAX_LENGTH)
  private String word;

  @Column(name = "added_by", nullable = false, length = 100)
  private String addedBy;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected SensitiveWord() {
    // for JPA
  }

  /**
   * A new lexicon word.
   *
   * @throws InvalidInputException when blank, too long or spanning lines
   */
  public static SensitiveWord of(String word, String addedBy, Instant addedAt) {
    String text = InputRules.singleLine("word", word).toLowerCase(Locale.ROOT);
    if (text.isEmpty()) {
      throw InvalidInputException.keyed("word", "appcenter.sensitiveWord.missing");
    }
    if (text.length() > MAX_LENGTH) {
      throw InvalidInputException.keyed(
          "word", "appcenter.sensitiveWord.tooLong", String.valueOf(MAX_LENGTH));
    }
    if (text.chars().anyMatch(Character::isISOControl)) {
      throw InvalidInputException.keyed("word", "appcenter.sensitiveWord.control");
    }
    SensitiveWord entry = new SensitiveWord();
    entry.word = text;
    entry.addedBy = addedBy;
    entry.addedAt = addedAt;
    return entry;
  }

  public Long getId() {
    return id;
  }

  public String getWord() {
    return word;
  }

  public String getAddedBy() {
    return addedBy;
  }

  public Instant getAddedAt() {
    return addedAt;
  }
}
