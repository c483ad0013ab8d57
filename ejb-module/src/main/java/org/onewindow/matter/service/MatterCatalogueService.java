package org.onewindow.matter.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.PageRequest;
import org.onewindow.common.PagedQuery;
import org.onewindow.common.ResultPage;
import org.onewindow.common.Roles;
import org.onewindow.common.SortFields;
import org.onewindow.common.UnitScope;
import org.onewindow.exchange.ExchangeRecord;
import org.onewindow.matter.domain.CatalogueEntry;
import org.onewindow.matter.domain.CatalogueItem;
import org.onewindow.matter.domain.MatterType;
import org.onewindow.matter.domain.MatterVersion;
import org.onewindow.matter.domain.Publication;
import org.onewindow.ops.audit.AuditEvent;
import org.onewindow.ops.audit.AuditService;

/**
 * Reading matters (001 6.3, 7.1): the published implementation list, searched by the navigation
 * facets and words a page at a time, one item with its versions; the basic catalogue. Published
 * matters are public information: anyone signed in reads them. Unpublished versions (drafts, under
 * review, rejected) only their unit's editors and platform administrators see.
 */
@Stateless
@PermitAll
public class MatterCatalogueService {

  private static final SortFields CATALOGUE_SORTS =
      SortFields.of(
          Map.of("basicCode", "c.basicCode", "name", "c.name", "updatedAt", "c.updatedAt"),
          "c.basicCode asc",
          "c.id");

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @EJB private AuditService audit;

  @EJB private MatterExchangeService exchange;

  @Inject Clock clock;

  /**
   * One page of the published list (or, with {@link MatterFilter#workspace()}, of the caller's
   * latest versions), by the filter's facets and words.
   *
   * @throws org.onewindow.common.InvalidInputException for a sort field not offered
   */
  public ResultPage<MatterSummary> search(MatterFilter filter, PageRequest page) {
    UnitScope scope = filter.workspace() ? workspaceScope() : UnitScope.platformWide();
    return new MatterSearch(em).run(scope, filter, page);
  }

  /** The public names a search may sort by. */
  public List<String> sortFields() {
    return List.copyOf(MatterSearch.SORTS.names());
  }

  /**
   * The item as the caller reads it: its published version; without one, its latest version for its
   * unit's editors.
   *
   * @throws NotFoundException when there is none the caller may read
   */
  public MatterView get(String implementationCode) {
    MatterVersions versions = new MatterVersions(em);
    String code = code(implementationCode);
    return versions
        .published(code)
        .or(() -> versions.latest(code).filter(this::mayEdit))
        .map(MatterView::of)
        .orElseThrow(() -> MatterVersions.notFound(code));
  }

  /** The item's latest version (its open draft, or the one under review) for its unit's editors. */
  public MatterView latest(String implementationCode) {
    String code = code(implementationCode);
    return new MatterVersions(em)
        .latest(code)
        .filter(this::mayEdit)
        .map(MatterView::of)
        .orElseThrow(() -> MatterVersions.notFound(code));
  }

  /** The item's versions, oldest first: approved ones for every reader, all for its editors. */
  public List<MatterVersionView> versions(String implementationCode) {
    String code = code(implementationCode);
    List<MatterVersion> all = new MatterVersions(em).all(code);
    boolean editor = !all.isEmpty() && mayEdit(all.get(0));
    List<MatterVersionView> views =
        all.stream()
            .filter(v -> editor || v.getPublication() != null)
            .map(MatterVersionView::of)
            .toList();
    if (views.isEmpty()) {
      throw MatterVersions.notFound(code);
    }
    return views;
  }

  /** One version in full, as {@link #versions} lets the caller read it. */
  public MatterView version(String implementationCode, int versionNumber) {
    String code = code(implementationCode);
    List<MatterVersion> all = new MatterVersions(em).all(code);
    boolean editor = !all.isEmpty() && mayEdit(all.get(0));
    return all.stream()
        .filter(v -> v.getVersionNumber() == versionNumber)
        .filter(v -> editor || v.getPublication() != null)
        .findFirst()
        .map(MatterView::of)
        .orElseThrow(
            () ->
                NotFoundException.keyed(
                    "matter.version.notFound", code, String.valueOf(versionNumber)));
  }

  /** The implementing agencies of the published list, for the facet's choices (001 6.3.3). */
  public List<String> agencies() {
    return em.createQuery(
            "select distinct v.agency from MatterVersion v where v.publication = :published"
                + " order by v.agency",
            String.class)
        .setParameter("published", Publication.PUBLISHED)
        .getResultList();
  }

  /** One page of the basic catalogue, by words in the code or name and a type. */
  public ResultPage<CatalogueView> catalogue(String q, MatterType type, PageRequest page) {
    PagedQuery query = new PagedQuery();
    query.andIfGiven("c.matterType = :type", "type", type);
    query.andContaining(q, "c.basicCode", "c.name");
    return query
        .run(
            em,
            "select c from CatalogueItem c",
            "select count(c) from CatalogueItem c",
            CatalogueItem.class,
            CATALOGUE_SORTS,
            page)
        .map(CatalogueView::of);
  }

  /** One basic catalogue item. */
  public CatalogueView catalogueItem(String basicCode) {
    String code = code(basicCode);
    return new MatterVersions(em)
        .catalogueItem(code)
        .map(CatalogueView::of)
        .orElseThrow(() -> NotFoundException.keyed("matter.catalogue.notFound", code));
  }

  /**
   * Keeps a basic catalogue item by hand (a platform administrator, while the national platform's
   * sync cannot deliver it): the same rules and feed as the sync's upsert, versioned now.
   *
   * @throws org.onewindow.common.InvalidInputException naming the field at fault
   */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public CatalogueView keepCatalogueItem(
      String basicCode, String name, String matterType, String settingBasis, String levels) {
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    put(fields, MatterRecords.NAME, name);
    put(fields, MatterRecords.MATTER_TYPE, matterType);
    put(fields, MatterRecords.SETTING_BASIS, settingBasis);
    put(fields, MatterRecords.EXERCISE_LEVEL, levels);
    String code = code(basicCode);
    // the rules first, for a refusal that names its field; then the sync's own upsert and feed
    CatalogueEntry.check(code, name, matterType, settingBasis, levels);
    Instant now = clock.instant();
    exchange.upsertCatalogue(List.of(new ExchangeRecord(code, now, fields)));
    audit.recordInCallersTransaction(
        new AuditEvent(
            now,
            "platform",
            "MATTER_CATALOGUE_KEPT",
            session.getCallerPrincipal().getName(),
            "success",
            org.onewindow.common.Messages.text(
                "matter.audit.catalogue",
                org.onewindow.common.Messages.PLATFORM_LOCALE,
                code,
                name)));
    return catalogueItem(code);
  }

  private static void put(Map<String, String> fields, String name, String value) {
    if (value != null && !value.isBlank()) {
      fields.put(name, value);
    }
  }

  private boolean mayEdit(MatterVersion version) {
    return MatterScope.editor(session) && MatterScope.of(session).allows(version.getOwnerUnit());
  }

  private UnitScope workspaceScope() {
    return MatterScope.editor(session) ? MatterScope.of(session) : UnitScope.ofUnit("");
  }

  private static String code(String text) {
    return text == null ? "" : text.strip();
  }
}
