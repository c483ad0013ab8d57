package org.onewindow.filing.service;

import java.io.InputStream;

/**
 * A stored filing file opened for reading; the caller closes the stream.
 *
 * @param contentType the type the server chose from the stored format
 * @param size bytes
 * @param stream the bytes
 */
public record FilingFileContent(String contentType, long size, InputStream stream) {}
