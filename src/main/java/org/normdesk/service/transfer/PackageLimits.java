package org.normdesk.service.transfer;

/**
 * How much a package may unpack to before it is refused as a decompression bomb. The uncompressed sizes a zip
 * declares are checked first and the bytes actually read are counted too, since a forged zip can lie.
 *
 * @param maxEntryBytes    one entry, uncompressed
 * @param maxTotalBytes    all entries together, uncompressed
 * @param maxRatio         uncompressed / compressed of an entry larger than {@code ratioFloorBytes}
 * @param maxManifestBytes the manifest
 */
public record PackageLimits(long maxEntryBytes, long maxTotalBytes, long maxRatio, long ratioFloorBytes,
                            long maxManifestBytes, int maxEntries) {
    /** 2 GB per entry, 16 GB in all; JSON compresses some 10×, PDFs and scans hardly: 200× is no real package. */
    public static final PackageLimits DEFAULT = new PackageLimits(2L << 30, 16L << 30, 200, 1L << 20, 8L << 20,
            1_000_000);
}
