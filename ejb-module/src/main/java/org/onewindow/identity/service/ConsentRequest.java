package org.onewindow.identity.service;

import java.io.Serializable;
import java.util.List;

/**
 * What the consent page shows the user before a light app gets their data (000 10.3 h: the user is
 * told what goes where): the app, the personal fields it was approved for (claim names) and whether
 * the user must agree (again).
 */
public record ConsentRequest(
    String appKey, String appName, String pageUrl, List<String> fields, boolean mustAsk)
    implements Serializable {}
