package org.onewindow.appcenter.service;

import java.io.Serializable;
import org.onewindow.appcenter.domain.ServiceLevel;
import org.onewindow.appcenter.domain.ServiceObject;
import org.onewindow.review.ReviewStatus;

/**
 * What the catalogue's dynamic list (000 8.2.3 a; 001 6.3) is narrowed to; each part optional (null
 * or blank: any). The caller's unit scope is no part of it: the service adds that itself.
 *
 * @param theme one service theme
 * @param level one service level
 * @param object one service object
 * @param status one review state
 * @param text a part of the app's name or key (any case)
 */
public record AppFilter(
    String theme, ServiceLevel level, ServiceObject object, ReviewStatus status, String text)
    implements Serializable {

  /** Every app the caller may see. */
  public static AppFilter any() {
    return new AppFilter(null, null, null, null, null);
  }
}
