package org.onewindow.casework.service;

import java.io.Serializable;
import java.time.Instant;

/**
 * One entry of the matter's 材料目录 as an upload slot of an online application (001 7.2), with the
 * file handed in for it, if any.
 *
 * @param id the uploaded file's row, or null when none was uploaded
 * @param name the material
 * @param required whether it must be handed in before submission
 * @param fileName the uploaded file's cleaned name, or null when none was uploaded
 * @param size bytes, 0 when none
 * @param sm3 the file's SM3 fingerprint (hex), or null
 * @param uploadedAt when, or null
 */
public record MaterialSlot(
    Long id,
    String name,
    boolean required,
    String fileName,
    long size,
    String sm3,
    Instant uploadedAt)
    implements Serializable {

  /** Whether a file was handed in for this material. */
  public boolean uploaded() {
    return fileName != null;
  }
}
