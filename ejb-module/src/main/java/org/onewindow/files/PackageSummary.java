package org.onewindow.files;

/**
 * An accepted zip package.
 *
 * @param entryCount entries, directories included
 * @param inflatedBytes bytes of all entries as actually inflated
 * @param entryPoint the path of the H5 app's {@code index.html} ({@code index.html} or {@code
 *     dist/index.html}), or {@code AndroidManifest.xml} for an APK
 */
public record PackageSummary(int entryCount, long inflatedBytes, String entryPoint)
    implements FileContents {}
