package org.onewindow.inspection.service;

import java.io.InputStream;

/**
 * A page inspection's stored screenshot opened for reading; the caller closes the stream.
 *
 * @param contentType always {@code image/png} (the store checked the magic bytes)
 * @param size bytes
 * @param stream the bytes
 */
public record InspectionScreenshot(String contentType, long size, InputStream stream) {}
