package org.onewindow.appcenter.service;

import java.util.List;

/**
 * An interface's name and the apps bound to it, by id: what alarms on those apps need (000 8.2.3
 * c).
 */
public record BoundApps(String interfaceName, List<Long> appIds) {

  public BoundApps {
    appIds = List.copyOf(appIds);
  }
}
