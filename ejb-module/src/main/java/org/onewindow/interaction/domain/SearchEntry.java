package org.onewindow.interaction.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.onewindow.interaction.infrastructure.SearchAnalyzers;

/**
 * One published implementation-list item as the portal's search sees it (001 7.4): its name in the
 * word, bigram, pinyin and prefix fields, its other words, its facets (001 6.3) as exact terms and
 * what a result shows. Kept from the matter capability's implementation feed (a withdrawn item is
 * removed), so the index never reads another capability's tables.
 */
@Entity
@Table(name = "ow_search_entry")
@Indexed(index = "portal-search")
public class SearchEntry {

  /** The 实施编码. */
  @Id
  @DocumentId
  @Column(name = "code", nullable = false, length = 64)
  private String code;

  @KeywordField(projectable = Projectable.YES)
  @Column(name = "basic_code", nullable = false, length = 32)
  private String basicCode;

  @FullTextField(analyzer = SearchAnalyzers.WORDS)
  @FullTextField(name = "name_bigrams", analyzer = SearchAnalyzers.BIGRAMS)
  @FullTextField(
      name = "name_prefix",
      analyzer = SearchAnalyzers.PREFIX,
      searchAnalyzer = SearchAnalyzers.PREFIX_QUERY)
  @KeywordField(name = "name_sort", sortable = Sortable.YES, projectable = Projectable.YES)
  @Column(name = "name", nullable = false, length = 200)
  private String name;

  /** The name's syllables, space-separated (「she bao ka」). */
  @FullTextField(analyzer = SearchAnalyzers.PINYIN)
  @Column(name = "pinyin", nullable = false, length = 1000)
  private String pinyin;

  /** The name's initials, space-separated (「s b k」). */
  @FullTextField(analyzer = SearchAnalyzers.PINYIN)
  @Column(name = "initials", nullable = false, length = 200)
  private String initials;

  /** The joined syllables and the joined initials (「shebaoka sbk」), for suggestions. */
  @FullTextField(
      analyzer = SearchAnalyzers.PINYIN_PREFIX,
      searchAnalyzer = SearchAnalyzers.PREFIX_QUERY)
  @Column(name = "pinyin_prefixes", nullable = false, length = 1200)
  private String pinyinPrefixes;

  /** The agency, the conditions, the materials' names: found, with less weight than the name. */
  @FullTextField(analyzer = SearchAnalyzers.WORDS)
  @FullTextField(name = "text_bigrams", analyzer = SearchAnalyzers.BIGRAMS)
  @Column(name = "body", nullable = false, length = 4000)
  private String text;

  @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
  @Column(name = "matter_type", nullable = false, length = 32)
  private String matterType;

  /** 行政权力 or 公共服务 (001 6.3.1). */
  @KeywordField(aggregable = Aggregable.YES)
  @Column(name = "nature", nullable = false, length = 32)
  private String nature;

  /** The audiences a target filter finds it for: a matter for both is found for either. */
  @FullTextField(analyzer = SearchAnalyzers.TERMS)
  @Column(name = "targets", nullable = false, length = 64)
  private String targets;

  @KeywordField(projectable = Projectable.YES)
  @Column(name = "target", nullable = false, length = 16)
  private String target;

  @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
  @Column(name = "exercise_level", nullable = false, length = 16)
  private String level;

  @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
  @Column(name = "division_code", nullable = false, length = 6)
  private String divisionCode;

  /** The division and its province and city (GB/T 2260): a filter by a parent finds it. */
  @FullTextField(analyzer = SearchAnalyzers.TERMS)
  @Column(name = "divisions", nullable = false, length = 32)
  private String divisions;

  @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
  @Column(name = "agency", nullable = false, length = 200)
  private String agency;

  @KeywordField(aggregable = Aggregable.YES)
  @Column(name = "theme", nullable = false, length = 32)
  private String theme;

  @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
  @Column(name = "promised_limit_days", nullable = false)
  private int promisedLimitDays;

  @GenericField(sortable = Sortable.YES)
  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  /** The feed number of the change this entry was last written from. */
  @Column(name = "feed_sequence", nullable = false)
  private long feedSequence;

  protected SearchEntry() {
    // for JPA
  }

  public SearchEntry(String code) {
    this.code = code;
  }

  /** Writes every field from a published item's elements. */
  public void update(Published item, long sequence) {
    this.basicCode = item.basicCode();
    this.name = item.name();
    this.pinyin = Pinyin.spaced(item.name());
    this.initials = Pinyin.initials(item.name());
    this.pinyinPrefixes = Pinyin.joined(item.name()) + " " + initials.replace(" ", "");
    this.text = truncate(item.text(), 4000);
    this.matterType = item.matterType();
    this.nature = "PUBLIC_SERVICE".equals(item.matterType()) ? "PUBLIC_SERVICE" : "POWER";
    this.target = item.target();
    this.targets =
        "BOTH".equals(item.target()) ? "NATURAL_PERSON LEGAL_PERSON BOTH" : item.target();
    this.level = item.level();
    this.divisionCode = item.divisionCode();
    this.divisions = String.join(" ", divisionsOf(item.divisionCode()));
    this.agency = item.agency();
    this.theme = item.theme();
    this.promisedLimitDays = item.promisedLimitDays();
    this.publishedAt = item.publishedAt();
    this.feedSequence = sequence;
  }

  /**
   * What the index takes from a published item.
   *
   * @param text the other words found (agency, conditions, materials)
   */
  public record Published(
      String basicCode,
      String name,
      String text,
      String matterType,
      String target,
      String level,
      String divisionCode,
      String agency,
      String theme,
      int promisedLimitDays,
      Instant publishedAt) {}

  /** The division, its city and its province (GB/T 2260: 33 01 06 → 330000, 330100, 330106). */
  static Set<String> divisionsOf(String code) {
    Set<String> all = new LinkedHashSet<>();
    if (code.length() == 6) {
      all.add(code.substring(0, 2) + "0000");
      all.add(code.substring(0, 4) + "00");
    }
    all.add(code);
    return all;
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public long getFeedSequence() {
    return feedSequence;
  }
}
