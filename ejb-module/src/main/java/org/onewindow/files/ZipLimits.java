package org.onewindow.files;

/**
 * What a zip package may hold, counted in bytes actually inflated, never in the sizes its headers
 * claim (a zip bomb lies there first).
 *
 * @param maxEntries entries, directories included
 * @param maxTotalBytes inflated bytes of all entries together
 * @param maxEntryBytes inflated bytes of one entry
 * @param maxEntryRatio inflated to compressed bytes of one entry
 * @param maxTotalRatio inflated bytes of all entries to the archive's size
 * @param ratioFloorBytes ratios are checked only past this many inflated bytes: small files of
 *     zeros or repeated text compress far beyond any sane ratio and are harmless
 * @param maxDepth path segments of an entry name ({@code a/b/c.js} has three)
 */
public record ZipLimits(
    int maxEntries,
    long maxTotalBytes,
    long maxEntryBytes,
    int maxEntryRatio,
    int maxTotalRatio,
    long ratioFloorBytes,
    int maxDepth) {

  public ZipLimits {
    if (maxEntries < 1
        || maxTotalBytes < 1
        || maxEntryBytes < 1
        || maxEntryRatio < 1
        || maxTotalRatio < 1
        || ratioFloorBytes < 0
        || maxDepth < 1) {
      throw new IllegalArgumentException("zip limits must be positive: " + this);
    }
  }

  /**
   * An H5 light app: 10,000 files, 512 MiB inflated, no single file over 100 MiB (a page asset
   * larger than that does not belong in a mobile app), 100:1.
   */
  public static ZipLimits h5() {
    return new ZipLimits(10_000, 512L << 20, 100L << 20, 100, 100, 1L << 20, 32);
  }

  /** An Android package: 10,000 entries, 1 GiB inflated, 512 MiB per entry, 100:1. */
  public static ZipLimits apk() {
    return new ZipLimits(10_000, 1L << 30, 512L << 20, 100, 100, 1L << 20, 32);
  }

  public ZipLimits withMaxEntries(int entries) {
    return new ZipLimits(
        entries,
        maxTotalBytes,
        maxEntryBytes,
        maxEntryRatio,
        maxTotalRatio,
        ratioFloorBytes,
        maxDepth);
  }

  public ZipLimits withMaxBytes(long total, long perEntry) {
    return new ZipLimits(
        maxEntries, total, perEntry, maxEntryRatio, maxTotalRatio, ratioFloorBytes, maxDepth);
  }

  public ZipLimits withRatios(int perEntry, int total, long floorBytes) {
    return new ZipLimits(
        maxEntries, maxTotalBytes, maxEntryBytes, perEntry, total, floorBytes, maxDepth);
  }

  public ZipLimits withMaxDepth(int depth) {
    return new ZipLimits(
        maxEntries,
        maxTotalBytes,
        maxEntryBytes,
        maxEntryRatio,
        maxTotalRatio,
        ratioFloorBytes,
        depth);
  }
}
