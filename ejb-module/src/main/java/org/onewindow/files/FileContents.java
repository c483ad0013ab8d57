package org.onewindow.files;

/** What an inspector found inside an accepted file. */
public sealed interface FileContents permits PackageSummary, ImageSummary {}
