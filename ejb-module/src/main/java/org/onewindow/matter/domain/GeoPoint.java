package org.onewindow.matter.domain;

import org.onewindow.common.InvalidInputException;

/**
 * A place on the earth in WGS-84 degrees (GB/T 18522's reference for 政务服务地图 data and what a
 * browser's geolocation reports), never GCJ-02: the service map draws its own schematic and needs
 * no consumer map's offsets. Latitudes run -90 to 90, longitudes -180 to 180.
 */
public record GeoPoint(double latitude, double longitude) {

  /** The mean earth radius of IUGG (R1), in metres: the great-circle distance's sphere. */
  static final double EARTH_RADIUS_METRES = 6_371_008.8;

  /**
   * A point, checked.
   *
   * @throws InvalidInputException naming {@code field} when a coordinate is out of range or not a
   *     number
   */
  public static GeoPoint of(String field, double latitude, double longitude) {
    if (Double.isNaN(latitude) || latitude < -90 || latitude > 90) {
      throw InvalidInputException.keyed(field, "matter.hall.latitude");
    }
    if (Double.isNaN(longitude) || longitude < -180 || longitude > 180) {
      throw InvalidInputException.keyed(field, "matter.hall.longitude");
    }
    return new GeoPoint(latitude, longitude);
  }

  /**
   * The great-circle distance to {@code other} in metres, by the haversine formula: exact on the
   * sphere and well conditioned for the short distances between a person and a hall (the spherical
   * law of cosines loses precision below a kilometre). The sphere is off the ellipsoid by at most
   * 0.5 %, well inside what "nearest hall" needs.
   */
  public double metresTo(GeoPoint other) {
    double phi1 = Math.toRadians(latitude);
    double phi2 = Math.toRadians(other.latitude);
    double deltaPhi = phi2 - phi1;
    double deltaLambda = Math.toRadians(other.longitude - longitude);
    double a =
        Math.sin(deltaPhi / 2) * Math.sin(deltaPhi / 2)
            + Math.cos(phi1)
                * Math.cos(phi2)
                * Math.sin(deltaLambda / 2)
                * Math.sin(deltaLambda / 2);
    return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
