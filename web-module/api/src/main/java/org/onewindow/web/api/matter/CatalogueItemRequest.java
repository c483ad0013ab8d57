package org.onewindow.web.api.matter;

/**
 * A basic catalogue item kept by hand (002 6.2 a): name, type, setting basis and the levels that
 * exercise it, comma-separated ({@code PROVINCIAL,MUNICIPAL} or 省级、市级).
 */
public record CatalogueItemRequest(
    String name, String matterType, String settingBasis, String exerciseLevels) {}
