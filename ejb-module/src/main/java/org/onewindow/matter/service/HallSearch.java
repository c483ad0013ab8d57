package org.onewindow.matter.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Comparator;
import java.util.List;
import org.onewindow.matter.domain.GeoPoint;
import org.onewindow.matter.domain.ServiceHall;

/**
 * The service map's queries: halls by division (a province or city takes in the divisions under it,
 * GB/T 2260's code prefixes) and by matter, and the nearest halls to a point.
 */
final class HallSearch {

  /** The radii the nearest search widens through before it reads every hall, in metres. */
  private static final double[] RADII = {20_000, 100_000, 500_000};

  private static final double METRES_PER_DEGREE = 111_195;

  private final EntityManager em;

  HallSearch(EntityManager em) {
    this.em = em;
  }

  /** The halls in {@code division} (blank: anywhere) handling {@code matter} (blank: any). */
  List<ServiceHall> find(String division, String matter) {
    return query(division, matter, null, 0).getResultList();
  }

  /**
   * The {@code limit} halls nearest to {@code here}, nearest first. Reads the halls inside a box
   * around the point, widening it until it holds {@code limit} halls within its radius: every hall
   * outside the box is farther than the radius, so those inside, sorted, are exact.
   */
  List<NearbyHall> nearest(GeoPoint here, int limit, String division, String matter) {
    for (double radius : RADII) {
      List<NearbyHall> within =
          sorted(here, query(division, matter, here, radius).getResultList()).stream()
              .filter(n -> n.distanceMetres() <= radius)
              .toList();
      if (within.size() >= limit) {
        return within.subList(0, limit);
      }
    }
    List<NearbyHall> all = sorted(here, find(division, matter));
    return all.subList(0, Math.min(limit, all.size()));
  }

  static List<NearbyHall> sorted(GeoPoint here, List<ServiceHall> halls) {
    return halls.stream()
        .map(h -> new NearbyHall(ServiceHallView.of(h), Math.round(here.metresTo(h.getLocation()))))
        .sorted(
            Comparator.comparingLong(NearbyHall::distanceMetres)
                .thenComparing(n -> n.hall().code()))
        .toList();
  }

  private TypedQuery<ServiceHall> query(
      String division, String matter, GeoPoint centre, double radius) {
    StringBuilder jpql = new StringBuilder("select h from ServiceHall h where 1 = 1");
    if (!division.isEmpty()) {
      jpql.append(" and h.divisionCode like :division");
    }
    if (!matter.isEmpty()) {
      jpql.append(" and exists (select o.id from ServiceHall o join o.matters m")
          .append(" where o.id = h.id and m.code = :matter)");
    }
    double latSpan = radius / METRES_PER_DEGREE;
    double cos = centre == null ? 1 : Math.cos(Math.toRadians(centre.latitude()));
    // Near the poles a box in longitude means little: read every longitude there.
    boolean boxLongitude = centre != null && cos > 0.05 && radius / (METRES_PER_DEGREE * cos) < 180;
    if (centre != null) {
      jpql.append(" and h.latitude between :south and :north");
      if (boxLongitude) {
        jpql.append(" and h.longitude between :west and :east");
      }
    }
    jpql.append(" order by h.code");
    TypedQuery<ServiceHall> query = em.createQuery(jpql.toString(), ServiceHall.class);
    if (!division.isEmpty()) {
      query.setParameter("division", prefix(division) + "%");
    }
    if (!matter.isEmpty()) {
      query.setParameter("matter", matter);
    }
    if (centre != null) {
      query.setParameter("south", centre.latitude() - latSpan);
      query.setParameter("north", centre.latitude() + latSpan);
      if (boxLongitude) {
        double lngSpan = radius / (METRES_PER_DEGREE * cos);
        query.setParameter("west", centre.longitude() - lngSpan);
        query.setParameter("east", centre.longitude() + lngSpan);
      }
    }
    return query;
  }

  /**
   * The code prefix of the divisions inside {@code division} (GB/T 2260: two digits the province,
   * two the prefecture, two the county): 110000 → 11, 330100 → 3301, 330106 → 330106.
   */
  static String prefix(String division) {
    if (division.endsWith("0000")) {
      return division.substring(0, 2);
    }
    if (division.endsWith("00")) {
      return division.substring(0, 4);
    }
    return division;
  }
}
