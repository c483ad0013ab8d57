package org.onewindow.interaction.service;

import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.onewindow.interaction.domain.Pinyin;

/**
 * The search's predicates, sorts and facets over the index fields of {@code SearchEntry} (ADR
 * 0014). Each variant of the query (itself, its synonyms' variants) is tried as a whole sentence on
 * the name's bigrams, as all its words, as most of its bigrams, in the other text, as a code, and
 * as pinyin — typed pinyin or its initials, or the pinyin of Chinese typed with a homophone.
 */
final class SearchQueries {

  /** Codes are letters and digits, at least this long. */
  private static final int MIN_CODE = 6;

  private SearchQueries() {}

  static PredicateFinalStep matching(
      SearchPredicateFactory f, List<String> variants, SearchRequest r) {
    BooleanPredicateClausesStep<?> all = f.bool();
    if (variants.isEmpty()) {
      all.must(f.matchAll());
    } else {
      BooleanPredicateClausesStep<?> any = f.bool();
      float weight = 1f;
      for (String variant : variants) {
        words(f, any, variant, weight);
        weight = 0.8f; // the query as typed first, its synonyms' variants just after
      }
      String code = r.q().strip();
      if (code.length() >= MIN_CODE && code.matches("[0-9A-Za-z-]+")) {
        any.should(f.id().matching(code).boost(20));
        any.should(f.match().field("basicCode").matching(code).boost(10));
      }
      all.must(any);
    }
    filters(f, all, r);
    return all;
  }

  private static void words(
      SearchPredicateFactory f, BooleanPredicateClausesStep<?> any, String q, float weight) {
    // whole sentence: the name holds the query as it stands (001 7.4 整句)
    any.should(f.phrase().field("name_bigrams").matching(q).boost(6 * weight));
    // every word of the query in the name
    any.should(
        f.match().field("name").matching(q).minimumShouldMatchPercent(100).boost(4 * weight));
    // most of its character pairs in the name: a word the segmenter cut otherwise still counts
    any.should(
        f.match()
            .field("name_bigrams")
            .matching(q)
            .minimumShouldMatchPercent(75)
            .boost(2 * weight));
    // full text: the department, the conditions, the materials
    any.should(
        f.match()
            .field("text")
            .field("text_bigrams")
            .matching(q)
            .minimumShouldMatchPercent(100)
            .boost(0.5f * weight));
    if (Pinyin.isLatin(q)) {
      String letters = q.replace(" ", "");
      if (letters.length() >= 2) {
        any.should(f.match().field("pinyin").matching(letters).skipAnalysis().boost(3 * weight));
        any.should(f.match().field("initials").matching(letters).skipAnalysis().boost(2 * weight));
      }
    } else {
      // a homophone typed by mistake has the same toneless syllables (容错)
      List<String> syllables = Pinyin.syllables(q);
      if (syllables.size() >= 2 && syllables.size() <= 6) {
        any.should(
            f.match()
                .field("pinyin")
                .matching(String.join("", syllables))
                .skipAnalysis()
                .boost(1 * weight));
      }
    }
  }

  private static void filters(
      SearchPredicateFactory f, BooleanPredicateClausesStep<?> all, SearchRequest r) {
    if (!r.matterType().isEmpty()) {
      all.filter(f.match().field("matterType").matching(r.matterType()));
    }
    if (!r.nature().isEmpty()) {
      all.filter(f.match().field("nature").matching(r.nature()));
    }
    if (!r.target().isEmpty()) {
      all.filter(f.match().field("targets").matching(r.target()));
    }
    if (!r.level().isEmpty()) {
      all.filter(f.match().field("level").matching(r.level()));
    }
    if (!r.divisionCode().isEmpty()) {
      all.filter(f.match().field("divisions").matching(r.divisionCode()));
    }
    if (!r.agency().isEmpty()) {
      all.filter(f.match().field("agency").matching(r.agency()));
    }
  }

  /**
   * What a suggestion matches: the name's start, a phrase in it, its pinyin's or initials' start.
   */
  static PredicateFinalStep suggesting(SearchPredicateFactory f, String typed) {
    BooleanPredicateClausesStep<?> any = f.bool();
    any.should(f.match().field("name_prefix").matching(typed).boost(3));
    if (Pinyin.isLatin(typed)) {
      any.should(f.match().field("pinyinPrefixes").matching(typed.replace(" ", "")).boost(2));
    } else if (typed.codePointCount(0, typed.length()) >= 2) {
      any.should(f.phrase().field("name_bigrams").matching(typed));
    }
    return any;
  }

  /** Loosely related names: any bigram of a variant, or its pinyin. */
  static PredicateFinalStep loosely(SearchPredicateFactory f, List<String> variants) {
    BooleanPredicateClausesStep<?> any = f.bool();
    for (String v : variants) {
      any.should(f.match().field("name_bigrams").field("name").matching(v));
      if (Pinyin.isLatin(v) && v.length() >= 2) {
        any.should(f.match().field("pinyinPrefixes").matching(v.replace(" ", "")));
      }
    }
    return any;
  }

  static SortFinalStep order(SearchSortFactory f, String sort, boolean scored) {
    return switch (sort) {
      case "name" -> f.field("name_sort");
      case "limit" -> f.field("promisedLimitDays").then().field("name_sort");
      case "newest" -> f.field("publishedAt").desc().then().field("name_sort");
      default -> scored ? f.score().then().field("name_sort") : f.field("name_sort");
    };
  }

  static AggregationFinalStep<Map<String, Long>> facet(SearchAggregationFactory f, String field) {
    return f.terms().field(field, String.class).maxTermCount(SearchService.MAX_FACET_VALUES);
  }

  /** The fields a result shows, in the order {@code SearchService} reads them. */
  static SearchProjection<?>[] hitFields(SearchProjectionFactory<?, ?> f) {
    return new SearchProjection<?>[] {
      f.id(String.class).toProjection(),
      f.field("name_sort", String.class).toProjection(),
      f.field("matterType", String.class).toProjection(),
      f.field("agency", String.class).toProjection(),
      f.field("divisionCode", String.class).toProjection(),
      f.field("level", String.class).toProjection(),
      f.field("promisedLimitDays", Integer.class).toProjection()
    };
  }
}
