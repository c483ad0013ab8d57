package org.onewindow.matter.service;

/** A hall and its great-circle distance from the place asked about, in whole metres. */
public record NearbyHall(ServiceHallView hall, long distanceMetres) {}
