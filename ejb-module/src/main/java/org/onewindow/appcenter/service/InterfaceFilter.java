package org.onewindow.appcenter.service;

import java.io.Serializable;
import org.onewindow.review.ReviewStatus;

/**
 * What the interface list (000 9.4.1) is narrowed to; each part optional. The caller's unit scope
 * is no part of it: the service adds that itself.
 *
 * @param status one review state, or null for every state
 * @param text a part of the interface's name or service name (any case), or null/blank for any
 */
public record InterfaceFilter(ReviewStatus status, String text) implements Serializable {

  /** Every interface the caller may see. */
  public static InterfaceFilter any() {
    return new InterfaceFilter(null, null);
  }
}
