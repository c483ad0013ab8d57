package org.onewindow.matter.service;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onewindow.matter.domain.MatterVersion;
import org.onewindow.matter.domain.Publication;

/** What favourites and footprints share: the matters they name, read as the public reads them. */
final class Bookmarks {

  private Bookmarks() {}

  /** A matter an account kept or viewed, and when. */
  record Kept(String implementationCode, Instant at) {}

  static String code(String text) {
    return text == null ? "" : text.strip();
  }

  /**
   * The code of a matter in force.
   *
   * @throws org.onewindow.common.NotFoundException when no version of it is published
   */
  static String inForce(EntityManager em, String implementationCode) {
    String code = code(implementationCode);
    return new MatterVersions(em)
        .published(code)
        .map(MatterVersion::getImplementationCode)
        .orElseThrow(() -> MatterVersions.notFound(code));
  }

  /**
   * The bookmarks of {@code kept}, in its order, each named by its version in force or, for one
   * withdrawn since, by its last published version; a code never published is left out.
   */
  static List<MatterBookmark> of(EntityManager em, List<Kept> kept) {
    if (kept.isEmpty()) {
      return List.of();
    }
    Map<String, MatterVersion> shown = new HashMap<>();
    em.createQuery(
            "select v from MatterVersion v where v.implementationCode in :codes"
                + " and v.publication is not null",
            MatterVersion.class)
        .setParameter("codes", kept.stream().map(Kept::implementationCode).distinct().toList())
        .getResultList()
        .forEach(v -> shown.merge(v.getImplementationCode(), v, Bookmarks::better));
    return kept.stream()
        .filter(k -> shown.containsKey(k.implementationCode()))
        .map(
            k -> {
              MatterVersion v = shown.get(k.implementationCode());
              return new MatterBookmark(
                  v.getImplementationCode(),
                  v.getName(),
                  v.getAgency(),
                  k.at(),
                  v.getPublication() == Publication.PUBLISHED);
            })
        .toList();
  }

  /** The version in force, else the latest approved. */
  private static MatterVersion better(MatterVersion a, MatterVersion b) {
    Comparator<MatterVersion> order =
        Comparator.comparing((MatterVersion v) -> v.getPublication() == Publication.PUBLISHED)
            .thenComparingInt(MatterVersion::getVersionNumber);
    return order.compare(a, b) >= 0 ? a : b;
  }
}
