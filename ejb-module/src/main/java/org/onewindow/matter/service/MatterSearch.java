package org.onewindow.matter.service;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.onewindow.common.PageRequest;
import org.onewindow.common.PagedQuery;
import org.onewindow.common.ResultPage;
import org.onewindow.common.SortFields;
import org.onewindow.common.UnitScope;
import org.onewindow.matter.domain.MatterType;
import org.onewindow.matter.domain.MatterVersion;
import org.onewindow.matter.domain.Publication;
import org.onewindow.matter.domain.ServiceTarget;
import org.onewindow.region.DivisionTree;

/**
 * Runs a {@link MatterFilter} in the database: the published list, or the caller's workspace (the
 * latest version of each item of its unit), the facets, the words, one page sorted by a field of
 * {@link #SORTS}.
 */
final class MatterSearch {

  static final SortFields SORTS =
      SortFields.of(
          Map.of(
              "implementationCode", "v.implementationCode",
              "name", "v.name",
              "agency", "v.agency",
              "updatedAt", "v.review.updatedAt",
              "promisedLimitDays", "v.promisedLimitDays"),
          "v.implementationCode asc, v.id asc",
          "v.id");

  private final EntityManager em;

  MatterSearch(EntityManager em) {
    this.em = em;
  }

  ResultPage<MatterSummary> run(UnitScope scope, MatterFilter f, PageRequest page) {
    return conditions(scope, f, null)
        .run(
            em,
            "select v from MatterVersion v",
            "select count(v) from MatterVersion v",
            MatterVersion.class,
            SORTS,
            page)
        .map(MatterSummary::of);
  }

  /**
   * The filter's conditions, all but those of {@code omitted} (null: all of them). A facet's counts
   * leave out its own choice, so each value counts what choosing it instead would find (001 6.3:
   * the facets combine).
   */
  static PagedQuery conditions(UnitScope scope, MatterFilter f, MatterFacet omitted) {
    PagedQuery query = new PagedQuery();
    if (f.workspace()) {
      query.and("v.latest = :latest", "latest", Boolean.TRUE);
      if (scope.restrictedTo() != null) {
        query.and("v.ownerUnit = :unit", "unit", scope.restrictedTo());
      }
      query.andIfGiven("v.publication = :state", "state", publication(f));
      if (f.state() != null && publication(f) == null) {
        query.and("v.publication is null and v.review.status = :review", "review", review(f));
      }
    } else {
      query.and("v.publication = :published", "published", Publication.PUBLISHED);
    }
    if (omitted != MatterFacet.NATURE) {
      query.andIfGiven("v.matterType = :type", "type", f.matterType());
      if (f.administrativePower() != null) {
        query.and(
            f.administrativePower() ? "v.matterType <> :service" : "v.matterType = :service",
            "service",
            MatterType.PUBLIC_SERVICE);
      }
    }
    if (omitted != MatterFacet.TARGET) {
      if (f.target() != null && f.target() != ServiceTarget.BOTH) {
        query.and("v.target in :targets", "targets", List.of(f.target(), ServiceTarget.BOTH));
      } else if (f.target() == ServiceTarget.BOTH) {
        query.and("v.target = :target", "target", ServiceTarget.BOTH);
      }
    }
    if (omitted != MatterFacet.AGENCY) {
      query.andIfGiven("v.agency = :agency", "agency", blankAsNull(f.agency()));
    }
    if (omitted != MatterFacet.THEME) {
      query.andIfGiven("v.theme = :theme", "theme", f.theme());
    }
    if (omitted != MatterFacet.LEVEL) {
      query.andIfGiven("v.exerciseLevel = :level", "level", f.level());
    }
    if (omitted != MatterFacet.JURISDICTION) {
      query.andIfGiven("v.jurisdiction = :jurisdiction", "jurisdiction", f.jurisdiction());
    }
    if (omitted != MatterFacet.DIVISION) {
      String division = blankAsNull(f.divisionCode());
      if (division != null) {
        // the division and everything under it (GB/T 2260 codes share their parent's prefix)
        query.and("v.divisionCode like :division", "division", DivisionTree.prefix(division) + "%");
      }
    }
    query.andContaining(f.q(), "v.name", "v.implementationCode", "v.basicCode", "v.agency");
    return query;
  }

  private static Publication publication(MatterFilter f) {
    if (f.state() == null) {
      return null;
    }
    return switch (f.state()) {
      case PUBLISHED -> Publication.PUBLISHED;
      case SUPERSEDED -> Publication.SUPERSEDED;
      case WITHDRAWN -> Publication.WITHDRAWN;
      default -> null;
    };
  }

  private static org.onewindow.review.ReviewStatus review(MatterFilter f) {
    return switch (f.state()) {
      case SUBMITTED -> org.onewindow.review.ReviewStatus.SUBMITTED;
      case REJECTED -> org.onewindow.review.ReviewStatus.REJECTED;
      default -> org.onewindow.review.ReviewStatus.DRAFT;
    };
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
