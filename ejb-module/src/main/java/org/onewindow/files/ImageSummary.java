package org.onewindow.files;

/** An accepted image, with the dimensions its header declares. */
public record ImageSummary(FileFormat format, int width, int height) implements FileContents {}
