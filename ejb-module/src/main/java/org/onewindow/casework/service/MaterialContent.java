package org.onewindow.casework.service;

import java.io.InputStream;

/**
 * A material of an online case opened for reading; the caller closes the stream.
 *
 * @param contentType the type the server chose from the stored format
 * @param size bytes
 * @param stream the bytes
 */
public record MaterialContent(String contentType, long size, InputStream stream) {}
