package org.onewindow.matter.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.PageRequest;
import org.onewindow.common.PagedQuery;
import org.onewindow.common.ResultPage;
import org.onewindow.common.UnitScope;
import org.onewindow.matter.domain.Jurisdiction;
import org.onewindow.matter.domain.MatterType;
import org.onewindow.matter.domain.MatterVersion;
import org.onewindow.matter.domain.ProcessSteps;
import org.onewindow.matter.domain.Publication;
import org.onewindow.matter.domain.ServiceLevel;
import org.onewindow.matter.domain.ServiceTarget;
import org.onewindow.matter.domain.ServiceTheme;
import org.onewindow.region.Divisions;

/**
 * The portal's matter navigation (001 6.3; 000 8.1.2 h; 004 6.4): the published list narrowed by
 * the six facets and the division, combined, with each facet's values counted. Public: published
 * matters are public information, and the portal's navigation needs no login.
 */
@Stateless
@PermitAll
public class MatterNavigationService {

  private static final String FROM = " from MatterVersion v";

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  public MatterNavigationService() {
    // for the container
  }

  /** Over {@code em}, outside a container (the unit tests). */
  MatterNavigationService(EntityManager em) {
    this.em = em;
  }

  /**
   * One page of the published matters the filter finds, and the facets' counts.
   *
   * @throws InvalidInputException for a workspace filter (the navigation reads the published list
   *     only) or a sort field not offered
   */
  public MatterBrowse browse(MatterFilter filter, PageRequest page) {
    if (filter.workspace()) {
      throw InvalidInputException.keyed("workspace", "matter.navigation.publishedOnly");
    }
    ResultPage<MatterSummary> found =
        new MatterSearch(em).run(UnitScope.platformWide(), filter, page);
    return new MatterBrowse(found.rows(), found.total(), facets(filter));
  }

  /** The facets' counts alone (the home page's entry points). */
  public MatterFacets facets(MatterFilter filter) {
    return new MatterFacets(
        FacetCounts.nature(
            FacetCounts.byConstant(
                MatterType.class, counts(filter, MatterFacet.NATURE, "v.matterType")),
            filter),
        FacetCounts.target(
            FacetCounts.byConstant(
                ServiceTarget.class, counts(filter, MatterFacet.TARGET, "v.target")),
            filter),
        FacetCounts.agencies(
            FacetCounts.byText(counts(filter, MatterFacet.AGENCY, "v.agency")), filter.agency()),
        FacetCounts.choices(
            ServiceTheme.class,
            FacetCounts.byConstant(
                ServiceTheme.class, counts(filter, MatterFacet.THEME, "v.theme")),
            filter.theme()),
        FacetCounts.choices(
            ServiceLevel.class,
            FacetCounts.byConstant(
                ServiceLevel.class, counts(filter, MatterFacet.LEVEL, "v.exerciseLevel")),
            filter.level()),
        FacetCounts.choices(
            Jurisdiction.class,
            FacetCounts.byConstant(
                Jurisdiction.class, counts(filter, MatterFacet.JURISDICTION, "v.jurisdiction")),
            filter.jurisdiction()),
        FacetCounts.divisions(
            Divisions.tree(),
            FacetCounts.byText(counts(filter, MatterFacet.DIVISION, "v.divisionCode")),
            filter.divisionCode()));
  }

  /**
   * The version in force of an implementation-list item, for its public page: a draft or a
   * withdrawn item is not found here, whoever asks.
   *
   * @throws org.onewindow.common.NotFoundException when no version of it is in force
   */
  public MatterDetail matter(String implementationCode) {
    String code = implementationCode == null ? "" : implementationCode.strip();
    MatterView view =
        new MatterVersions(em)
            .published(code)
            .map(MatterView::of)
            .orElseThrow(() -> MatterVersions.notFound(code));
    return new MatterDetail(
        view,
        ProcessSteps.of(view.process()),
        Divisions.table().nameOf(view.divisionCode()).orElse(view.divisionCode()));
  }

  /**
   * The matters people turn to most: published matters by how many signed-in accounts viewed them
   * (their footprints), then the latest published, {@code limit} at most (1 to 50).
   */
  public List<MatterSummary> hot(int limit) {
    int wanted = Math.max(1, Math.min(limit, 50));
    List<String> codes =
        em.createQuery(
                "select f.implementationCode from MatterFootprint f group by f.implementationCode"
                    + " order by count(f) desc, f.implementationCode",
                String.class)
            .setMaxResults(wanted * 2)
            .getResultList();
    List<MatterVersion> hot =
        codes.isEmpty()
            ? List.of()
            : em.createQuery(
                    "select v from MatterVersion v where v.publication = :published"
                        + " and v.implementationCode in :codes",
                    MatterVersion.class)
                .setParameter("published", Publication.PUBLISHED)
                .setParameter("codes", codes)
                .getResultList();
    List<MatterSummary> ordered =
        hot.stream()
            .sorted(java.util.Comparator.comparing(v -> codes.indexOf(v.getImplementationCode())))
            .limit(wanted)
            .map(MatterSummary::of)
            .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
    if (ordered.size() < wanted) {
      em
          .createQuery(
              "select v from MatterVersion v where v.publication = :published"
                  + " order by v.publishedAt desc, v.id desc",
              MatterVersion.class)
          .setParameter("published", Publication.PUBLISHED)
          .setMaxResults(wanted * 2)
          .getResultList()
          .stream()
          .filter(
              v ->
                  ordered.stream()
                      .noneMatch(s -> s.implementationCode().equals(v.getImplementationCode())))
          .limit(wanted - ordered.size())
          .map(MatterSummary::of)
          .forEach(ordered::add);
    }
    return List.copyOf(ordered);
  }

  private List<Object[]> counts(MatterFilter filter, MatterFacet facet, String path) {
    PagedQuery query = MatterSearch.conditions(UnitScope.platformWide(), filter, facet);
    return query.countsBy(em, "select " + path + ", count(v)" + FROM, path);
  }
}
