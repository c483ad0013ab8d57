package org.onewindow.matter.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.matter.domain.GeoPoint;
import org.onewindow.matter.domain.HallFacts;
import org.onewindow.matter.domain.HallMatter;
import org.onewindow.matter.domain.ServiceHall;

/**
 * 000 8.1.2 i: the nearest halls first, by great-circle distance; divisions by GB/T 2260 prefix.
 */
class HallSearchTest {

  private static ServiceHall hall(String code, double latitude, double longitude) {
    ServiceHall hall = new ServiceHall(code, "测试单位");
    hall.describe(
        HallFacts.checked(
            "大厅" + code,
            "地址",
            "工作日 9:00-17:00",
            "",
            latitude,
            longitude,
            "110108",
            List.of(new HallMatter("TEST000001", "测试事项"))),
        "tester",
        Instant.EPOCH);
    return hall;
  }

  @Test
  void theNearestComeFirstWithTheirDistanceInWholeMetres() {
    GeoPoint here = new GeoPoint(39.9590, 116.2980);
    List<NearbyHall> ranked =
        HallSearch.sorted(
            here,
            List.of(
                hall("far", 40.2210, 116.2310), // Changping, ~29.7 km north
                hall("near", 39.9600, 116.3000), // ~205 m
                hall("middle", 39.9120, 116.3660))); // Xicheng, ~7.7 km
    assertEquals(
        List.of("near", "middle", "far"), ranked.stream().map(n -> n.hall().code()).toList());
    assertEquals(205, ranked.get(0).distanceMetres(), 2);
    assertEquals(
        Math.round(here.metresTo(new GeoPoint(39.9120, 116.3660))), ranked.get(1).distanceMetres());
  }

  @Test
  void equalDistancesAreOrderedByCode() {
    GeoPoint here = new GeoPoint(0, 0);
    List<NearbyHall> ranked =
        HallSearch.sorted(here, List.of(hall("b-hall", 0, 1), hall("a-hall", 0, -1)));
    assertEquals(List.of("a-hall", "b-hall"), ranked.stream().map(n -> n.hall().code()).toList());
  }

  @Test
  void aDivisionTakesInTheDivisionsUnderIt() {
    assertEquals("11", HallSearch.prefix("110000"));
    assertEquals("3301", HallSearch.prefix("330100"));
    assertEquals("330106", HallSearch.prefix("330106"));
  }
}
