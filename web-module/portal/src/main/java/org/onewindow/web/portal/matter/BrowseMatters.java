package org.onewindow.web.portal.matter;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onewindow.common.PlatformException;
import org.onewindow.matter.service.MatterBrowse;
import org.onewindow.matter.service.MatterFilter;
import org.onewindow.matter.service.MatterNavigationService;
import org.onewindow.region.Divisions;
import org.onewindow.web.portal.LocaleSwitch;

/**
 * The matter navigation page (001 6.3; 000 8.1.2 h; 004 6.4): the facets and the division cascade
 * are the page's address ({@code matters.xhtml?theme=transport&province=440000}), so a search is a
 * link to share and works with plain GETs, no script. Reads one service; a parameter the service
 * refuses shows its message instead of matters.
 */
@Named
@RequestScoped
public class BrowseMatters {

  /** Matters per page. */
  static final int PAGE_SIZE = 20;

  /** The facet parameters of the address, in the order links write them. */
  static final String[] FACETS = {"nature", "target", "agency", "theme", "level", "jurisdiction"};

  @EJB private MatterNavigationService navigation;

  @Inject private LocaleSwitch language;

  private final Map<String, String> params = new LinkedHashMap<>();
  private int page = 1;
  private MatterBrowse result;
  private String refusal;

  /** The page's parameters, as f:viewParam sets them. */
  public Map<String, String> getParams() {
    return params;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(1, Math.min(page, 10_000));
  }

  /** The search, run once per request; null when the service refused a parameter. */
  public MatterBrowse getResult() {
    if (result == null && refusal == null) {
      try {
        MatterFilter filter =
            MatterFilter.navigation(
                param("nature"),
                param("target"),
                param("agency"),
                param("theme"),
                param("level"),
                param("jurisdiction"),
                Divisions.tree().chosen(param("province"), param("city"), param("county")));
        result =
            navigation
                .browse(
                    filter,
                    new org.onewindow.common.PageRequest(
                        (page - 1) * PAGE_SIZE, PAGE_SIZE, null, true))
                .in(language.getLocale());
      } catch (PlatformException e) {
        refusal = e.message(language.getLocale());
      }
    }
    return result;
  }

  /** What the service said about a parameter it refused, or null. */
  public String getRefusal() {
    getResult();
    return refusal;
  }

  /** Whether any facet or division is chosen. */
  public boolean isFiltered() {
    return params.values().stream().anyMatch(v -> v != null && !v.isBlank());
  }

  public boolean isHasPrevious() {
    return page > 1;
  }

  public boolean isHasNext() {
    MatterBrowse r = getResult();
    return r != null && (long) page * PAGE_SIZE < r.total();
  }

  /** The first and last matter of this page, counted from 1. */
  public long getFirstShown() {
    return (long) (page - 1) * PAGE_SIZE + 1;
  }

  public long getLastShown() {
    MatterBrowse r = getResult();
    return r == null ? 0 : Math.min((long) page * PAGE_SIZE, r.total());
  }

  /**
   * This search with {@code facet} set to {@code value} (or cleared when blank or already chosen),
   * from the first page: a facet value's link.
   */
  public String with(String facet, String value) {
    Map<String, String> next = new LinkedHashMap<>(params);
    boolean same = value != null && value.equals(params.get(facet));
    next.put(facet, same ? "" : value);
    return query(next);
  }

  /** This search on another page. */
  public String onPage(int other) {
    Map<String, String> next = new LinkedHashMap<>(params);
    next.put("page", String.valueOf(other));
    return query(next);
  }

  /** Whether the facet has a value chosen. */
  public boolean chosen(String facet) {
    String value = params.get(facet);
    return value != null && !value.isBlank();
  }

  private String param(String name) {
    String value = params.get(name);
    return value == null ? "" : value;
  }

  private static String query(Map<String, String> values) {
    StringBuilder query = new StringBuilder("matters.xhtml");
    char separator = '?';
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (e.getValue() == null || e.getValue().isBlank()) {
        continue;
      }
      query
          .append(separator)
          .append(e.getKey())
          .append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
      separator = '&';
    }
    return query.toString();
  }
}
