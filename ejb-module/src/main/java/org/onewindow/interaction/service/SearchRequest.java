package org.onewindow.interaction.service;

import java.io.Serializable;
import java.util.Set;
import org.onewindow.common.InputRules;
import org.onewindow.common.InvalidInputException;

/**
 * One portal search (001 7.4): the words — a name, a sentence, a 实施编码 or 基本编码, pinyin or its
 * initials — and the filters of 001 6.3 (matter type, nature, target, level, division and its
 * children, department), the order and the page.
 *
 * @param q what was typed; blank lists everything
 * @param matterType a {@code MatterType} name, or blank
 * @param nature {@code POWER} (行政权力) or {@code PUBLIC_SERVICE}, or blank
 * @param target {@code NATURAL_PERSON} or {@code LEGAL_PERSON}, or blank
 * @param level a {@code ServiceLevel} name, or blank
 * @param divisionCode a division; its children's matters are found too; or blank
 * @param agency the implementing department, exactly, or blank
 * @param sort {@link #SORTS}: relevance (default), name, limit (promised days), newest
 * @param offset the first result, from 0
 * @param limit results per page, 1 to {@link #MAX_LIMIT}
 */
public record SearchRequest(
    String q,
    String matterType,
    String nature,
    String target,
    String level,
    String divisionCode,
    String agency,
    String sort,
    int offset,
    int limit)
    implements Serializable {

  public static final int MAX_QUERY = 64;
  public static final int MAX_LIMIT = 50;
  public static final int MAX_OFFSET = 10_000;
  public static final Set<String> SORTS = Set.of("relevance", "name", "limit", "newest");

  public SearchRequest {
    q = InputRules.singleLine("q", q);
    if (q.length() > MAX_QUERY) {
      throw InvalidInputException.keyed("q", "interaction.search.tooLong", MAX_QUERY);
    }
    matterType = name("matterType", matterType);
    nature = name("nature", nature);
    target = name("target", target);
    level = name("level", level);
    divisionCode = InputRules.singleLine("divisionCode", divisionCode);
    if (!divisionCode.isEmpty() && !divisionCode.matches("\\d{6}")) {
      throw InvalidInputException.keyed("divisionCode", "interaction.search.division");
    }
    agency = InputRules.singleLine("agency", agency);
    sort = sort == null || sort.isBlank() ? "relevance" : sort.strip();
    if (!SORTS.contains(sort)) {
      throw InvalidInputException.keyed(
          "sort", "interaction.search.sort", String.join(", ", SORTS));
    }
    if (offset < 0 || offset > MAX_OFFSET) {
      throw InvalidInputException.keyed("offset", "interaction.search.offset", MAX_OFFSET);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw InvalidInputException.keyed("limit", "interaction.search.limit", MAX_LIMIT);
    }
  }

  /** Words only, first page of ten, by relevance. */
  public static SearchRequest of(String q) {
    return new SearchRequest(q, "", "", "", "", "", "", "", 0, 10);
  }

  /** A choice spelt as an upper-case name (MATTER_TYPE), or blank. */
  private static String name(String field, String text) {
    String value = InputRules.singleLine(field, text);
    if (!value.isEmpty() && !value.matches("[A-Z_]{1,32}")) {
      throw InvalidInputException.keyed(field, "interaction.search.choice");
    }
    return value;
  }
}
