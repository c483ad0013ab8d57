package org.onewindow.matter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.onewindow.common.InvalidInputException;

/** 000 8.1.2 i: the service map's great-circle distance, on the IUGG mean sphere. */
class GeoPointTest {

  @Test
  void aDegreeOfLongitudeOnTheEquatorIsTheSpheresCircumferenceOver360() {
    double expected = 2 * Math.PI * GeoPoint.EARTH_RADIUS_METRES / 360; // 111,195.08 m
    assertEquals(expected, new GeoPoint(0, 0).metresTo(new GeoPoint(0, 1)), 1e-6);
    assertEquals(expected, new GeoPoint(10, 20).metresTo(new GeoPoint(11, 20)), 1e-6);
  }

  @Test
  void beijingToShanghaiIsAbout1068Kilometres() {
    // Tian'anmen (39.9087, 116.3975) to the Bund (31.2400, 121.4900): 1,067-1,068 km by the
    // haversine on this sphere; a second implementation (Vincenty on WGS-84) gives 1,066.6 km.
    double metres = new GeoPoint(39.9087, 116.3975).metresTo(new GeoPoint(31.2400, 121.4900));
    assertEquals(1_067_500, metres, 1_500);
  }

  @Test
  void shortDistancesKeepTheirPrecisionAndTheDistanceIsSymmetric() {
    GeoPoint a = new GeoPoint(39.959, 116.298);
    GeoPoint b = new GeoPoint(39.959, 116.299); // about 85 m east
    assertEquals(85.2, a.metresTo(b), 0.2);
    assertEquals(a.metresTo(b), b.metresTo(a), 1e-9);
    assertEquals(0, a.metresTo(a), 0);
  }

  @Test
  void antipodesAreHalfTheCircumferenceApart() {
    assertEquals(
        Math.PI * GeoPoint.EARTH_RADIUS_METRES,
        new GeoPoint(30, 120).metresTo(new GeoPoint(-30, -60)),
        1e-3);
  }

  @Test
  void coordinatesOutOfRangeAreRefused() {
    assertThrows(InvalidInputException.class, () -> GeoPoint.of("location", 90.01, 116));
    assertThrows(InvalidInputException.class, () -> GeoPoint.of("location", 39, -180.5));
    assertThrows(InvalidInputException.class, () -> GeoPoint.of("location", Double.NaN, 116));
    assertEquals(new GeoPoint(-90, 180), GeoPoint.of("location", -90, 180));
  }
}
