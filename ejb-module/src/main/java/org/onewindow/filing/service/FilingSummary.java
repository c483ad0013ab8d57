package org.onewindow.filing.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import org.onewindow.common.Localized;
import org.onewindow.review.ReviewStatus;

/**
 * One row of a filing search: what a list, an export or a message centre link needs.
 *
 * @param id the filing's id
 * @param appName the app's name
 * @param unitName the access unit
 * @param platform the package platform, or empty before a package
 * @param packageName the package's identity, or empty
 * @param versionName the version, or empty
 * @param status where it stands
 * @param statusLabel the state in the reader's language
 * @param revision its revision
 * @param updatedAt the last move
 * @param filingNumber the record's number, or empty
 */
public record FilingSummary(
    long id,
    String appName,
    String unitName,
    String platform,
    String packageName,
    String versionName,
    ReviewStatus status,
    String statusLabel,
    int revision,
    Instant updatedAt,
    String filingNumber)
    implements Localized<FilingSummary>, Serializable {

  @Override
  public FilingSummary in(Locale locale) {
    return new FilingSummary(
        id,
        appName,
        unitName,
        platform,
        packageName,
        versionName,
        status,
        status.label(locale),
        revision,
        updatedAt,
        filingNumber);
  }
}
