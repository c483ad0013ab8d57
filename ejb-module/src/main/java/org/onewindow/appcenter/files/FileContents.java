package org.onewindow.appcenter.files;

/** What an inspector found inside an accepted file. */
public sealed interface FileContents permits PackageSummary, ImageSummary {}
