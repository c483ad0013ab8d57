package org.onewindow.interaction.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.Messages;
import org.onewindow.interaction.domain.Lexicon;
import org.onewindow.interaction.domain.Pinyin;
import org.onewindow.interaction.domain.SearchEntry;
import org.onewindow.region.Divisions;

/**
 * The portal's search over the published implementation lists (001 7.4; 000 8.1.2 b–c): anyone may
 * search, signed in or not, as anyone may read a published matter. The lexicon applies first — a
 * query with a banned word is refused with a message saying so, stop words are left out, synonyms
 * add variants — then {@link SearchQueries} finds names by words, bigrams, whole sentences, codes
 * and pinyin, filtered by the navigation facets, counted by category, department and region.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SearchService {

  /** The most suggestions one keystroke gets. */
  public static final int MAX_SUGGESTIONS = 8;

  /** The most values a facet lists. */
  static final int MAX_FACET_VALUES = 20;

  private static final AggregationKey<Map<String, Long>> CATEGORIES =
      AggregationKey.of("categories");
  private static final AggregationKey<Map<String, Long>> DEPARTMENTS =
      AggregationKey.of("departments");
  private static final AggregationKey<Map<String, Long>> REGIONS = AggregationKey.of("regions");

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @EJB private LexiconCache lexicon;

  @EJB private HotWords hotWords;

  @EJB private SearchCaches caches;

  /**
   * One page of results for {@code request}, labels in {@code locale}'s language.
   *
   * @throws InvalidInputException with {@code interaction.search.banned} for a banned word
   */
  public SearchResults search(SearchRequest request, Locale locale) {
    Lexicon words = lexicon.current();
    refuseBanned(words, request.q());
    String query = words.withoutStopWords(request.q());
    List<String> variants = query.isEmpty() ? List.of() : words.variants(query);
    SearchResults results =
        caches.results(
            new SearchCaches.ResultKey(request, variants, locale.toLanguageTag()),
            () -> find(request, query, variants, locale));
    // every search counts, kept or not: the hot words rank what people ask
    if (!query.isEmpty() && results.total() > 0) {
      hotWords.count(query);
    }
    return results;
  }

  /** Searches the index: one query for the page, its size and the three facets' counts. */
  private SearchResults find(
      SearchRequest request, String query, List<String> variants, Locale locale) {
    SearchSession session = Search.session(em);
    SearchResult<List<?>> result =
        session
            .search(SearchEntry.class)
            .select(f -> f.composite().from(SearchQueries.hitFields(f)).asList())
            .where(f -> SearchQueries.matching(f, variants, request))
            .sort(f -> SearchQueries.order(f, request.sort(), !variants.isEmpty()))
            .aggregation(CATEGORIES, f -> SearchQueries.facet(f, "matterType"))
            .aggregation(DEPARTMENTS, f -> SearchQueries.facet(f, "agency"))
            .aggregation(REGIONS, f -> SearchQueries.facet(f, "divisionCode"))
            .fetch(request.offset(), request.limit());
    long total = result.total().hitCountLowerBound();
    List<SearchHit> hits = result.hits().stream().map(row -> hit(row, locale)).toList();
    List<String> recommendations =
        total == 0 && !query.isEmpty() ? related(session, variants) : List.of();
    return new SearchResults(
        query,
        variants,
        total,
        request.offset(),
        request.limit(),
        hits,
        counts(result.aggregation(CATEGORIES), v -> matterTypeLabel(v, locale)),
        counts(result.aggregation(DEPARTMENTS), v -> v),
        counts(result.aggregation(REGIONS), SearchService::divisionName),
        recommendations);
  }

  /**
   * Names to offer while {@code typed} is being typed: names that start with it, hold it, or whose
   * pinyin or initials start with it (「sheb」, 「sb」), hot words first. Blank, banned or one letter:
   * none.
   */
  public List<String> suggest(String typed) {
    String text = typed == null ? "" : Lexicon.normal(typed);
    if (text.isEmpty() || text.length() > SearchRequest.MAX_QUERY) {
      return List.of();
    }
    Lexicon words = lexicon.current();
    if (words.isBanned(text) || (Pinyin.isLatin(text) && text.length() < 2)) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>();
    for (String hot : hotWords.top()) {
      if (hot.startsWith(text) && !hot.equals(text)) {
        out.add(hot);
      }
      if (out.size() >= 2) {
        break;
      }
    }
    List<String> names = caches.suggestions(text, () -> suggestedNames(text));
    for (String name : names) {
      if (out.size() >= MAX_SUGGESTIONS) {
        break;
      }
      out.add(name);
    }
    return List.copyOf(out);
  }

  /**
   * The names the index suggests, best first: only the top few are scored to the end (no total, no
   * facets), so a one-letter prefix held by thousands of names costs little more than a rare one.
   */
  private List<String> suggestedNames(String text) {
    return Search.session(em)
        .search(SearchEntry.class)
        .select(f -> f.field("name_sort", String.class))
        .where(f -> SearchQueries.suggesting(f, text))
        .totalHitCountThreshold(MAX_SUGGESTIONS * 2)
        .fetchHits(MAX_SUGGESTIONS * 2);
  }

  /** The hot words: the administrators' first, then the most searched (000 8.1.2 c). */
  public List<String> hotWords() {
    Lexicon words = lexicon.current();
    Set<String> out = new LinkedHashSet<>(words.hotWords());
    for (String counted : hotWords.top()) {
      if (!words.isBanned(counted)) {
        out.add(counted);
      }
    }
    return out.stream().limit(HotWords.MAX_HOT).toList();
  }

  /** Names close to a query that found nothing: any of its bigrams or its pinyin. */
  private static List<String> related(SearchSession session, List<String> variants) {
    return session
        .search(SearchEntry.class)
        .select(f -> f.field("name_sort", String.class))
        .where(f -> SearchQueries.loosely(f, variants))
        .totalHitCountThreshold(5)
        .fetchHits(5)
        .stream()
        .distinct()
        .toList();
  }

  private static void refuseBanned(Lexicon words, String q) {
    if (words.bannedIn(q).isPresent()) {
      // the word itself is not repeated back: the page would show it again
      throw InvalidInputException.keyed("q", "interaction.search.banned");
    }
  }

  private static SearchHit hit(List<?> row, Locale locale) {
    String type = (String) row.get(2);
    String division = (String) row.get(4);
    String level = (String) row.get(5);
    Integer days = (Integer) row.get(6);
    return new SearchHit(
        (String) row.get(0),
        (String) row.get(1),
        type,
        matterTypeLabel(type, locale),
        (String) row.get(3),
        division,
        divisionName(division),
        level,
        Messages.text("matter.level." + level, locale),
        days == null ? 0 : days);
  }

  private static List<FacetCount> counts(
      Map<String, Long> counts, java.util.function.UnaryOperator<String> label) {
    List<FacetCount> out = new ArrayList<>();
    counts.forEach((value, count) -> out.add(new FacetCount(value, label.apply(value), count)));
    return List.copyOf(out);
  }

  private static String matterTypeLabel(String type, Locale locale) {
    return Messages.text("matter.type." + type, locale);
  }

  private static String divisionName(String code) {
    return Divisions.table().nameOf(code).orElse(code);
  }
}
