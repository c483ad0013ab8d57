package org.onewindow.filing.service;

import java.io.Serializable;
import java.time.Instant;
import org.onewindow.filing.domain.FilingFile;

/**
 * A filing's image as views show it: its id (to fetch it), what it is, its fingerprint.
 *
 * @param id the file's id within the filing capability
 * @param kind {@code ICON}, {@code SCREENSHOT} or {@code EVIDENCE}
 * @param item the checklist item's letter for evidence, else empty
 * @param originalName the uploader's file name, cleaned
 * @param size bytes
 * @param sm3 SM3 hex
 * @param uploadedAt when
 */
public record FilingFileView(
    long id,
    String kind,
    String item,
    String originalName,
    long size,
    String sm3,
    Instant uploadedAt)
    implements Serializable {

  static FilingFileView of(FilingFile file) {
    return new FilingFileView(
        file.getId(),
        file.getKind().name(),
        file.getItem() == null ? "" : file.getItem().letter(),
        file.getOriginalName(),
        file.getSize(),
        file.getSm3Hex(),
        file.getUploadedAt());
  }
}
