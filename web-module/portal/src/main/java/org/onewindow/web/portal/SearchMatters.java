package org.onewindow.web.portal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.onewindow.common.InvalidInputException;
import org.onewindow.interaction.service.SearchRequest;
import org.onewindow.interaction.service.SearchResults;
import org.onewindow.interaction.service.SearchService;

/**
 * The portal's search page (001 7.4): the words and filters come in the address (a GET form, so a
 * result list can be shared and bookmarked), the service searches, the page shows the results with
 * their counts by category, department and region, a page at a time. A refused query (a banned
 * word, a bad filter) shows the service's message instead of results.
 */
@Named
@RequestScoped
public class SearchMatters {

  static final int PAGE_SIZE = 10;

  @EJB private SearchService search;

  @Inject private LocaleSwitch localeSwitch;

  private String q = "";
  private String matterType = "";
  private String target = "";
  private String level = "";
  private String divisionCode = "";
  private String agency = "";
  private String sort = "";
  private int page = 1;

  private SearchResults results;
  private String refusal;
  private boolean searched;

  /** The results, searched once per request; null when the query was refused. */
  public SearchResults getResults() {
    if (!searched) {
      searched = true;
      try {
        results =
            search.search(
                new SearchRequest(
                    q,
                    matterType,
                    "",
                    target,
                    level,
                    divisionCode,
                    agency,
                    sort,
                    (Math.max(1, page) - 1) * PAGE_SIZE,
                    PAGE_SIZE),
                localeSwitch.getLocale());
      } catch (InvalidInputException e) {
        refusal = e.message(localeSwitch.getLocale());
      }
    }
    return results;
  }

  /** The service's reason for refusing the query, or null. */
  public String getRefusal() {
    getResults();
    return refusal;
  }

  public List<String> getHotWords() {
    return search.hotWords();
  }

  public boolean isHasPrevious() {
    return page > 1;
  }

  public boolean isHasNext() {
    SearchResults r = getResults();
    return r != null && (long) page * PAGE_SIZE < r.total();
  }

  /** This search's address with one parameter changed (blank removes it) and the first page. */
  public String with(String name, String value) {
    Map<String, String> params = params();
    params.put(name, value == null ? "" : value);
    params.put("page", "");
    return address(params);
  }

  /** This search without the category, department and region it was narrowed to. */
  public String getWithoutFilters() {
    Map<String, String> params = params();
    params.remove("matterType");
    params.remove("agency");
    params.remove("divisionCode");
    return address(params);
  }

  /** This search's address on another page. */
  public String onPage(int other) {
    Map<String, String> params = params();
    params.put("page", String.valueOf(Math.max(1, other)));
    return address(params);
  }

  /** The address of a search for {@code words} alone. */
  public String searchFor(String words) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("q", words);
    return address(params);
  }

  private Map<String, String> params() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("q", q);
    params.put("matterType", matterType);
    params.put("target", target);
    params.put("level", level);
    params.put("divisionCode", divisionCode);
    params.put("agency", agency);
    params.put("sort", sort);
    return params;
  }

  private static String address(Map<String, String> params) {
    StringJoiner query = new StringJoiner("&", "search.xhtml?", "");
    params.forEach(
        (name, value) -> {
          if (value != null && !value.isBlank()) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
          }
        });
    return query.toString();
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q == null ? "" : q;
  }

  public String getMatterType() {
    return matterType;
  }

  public void setMatterType(String matterType) {
    this.matterType = matterType == null ? "" : matterType;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target == null ? "" : target;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level == null ? "" : level;
  }

  public String getDivisionCode() {
    return divisionCode;
  }

  public void setDivisionCode(String divisionCode) {
    this.divisionCode = divisionCode == null ? "" : divisionCode;
  }

  public String getAgency() {
    return agency;
  }

  public void setAgency(String agency) {
    this.agency = agency == null ? "" : agency;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort == null ? "" : sort;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(1, page);
  }
}
