package org.normdesk.service.report;

import java.nio.file.Path;

/**
 * Writes exported files (Excel catalogues, chart images) the way {@link PrintService} writes letters: a file name
 * Windows and Linux both accept, and the whole file or nothing.
 */
public final class ExportFiles {
    private ExportFiles() {
    }

    /**
     * Writes {@code outDir/baseName.extension}, replacing an earlier one.
     *
     * @param baseName the file name without extension; characters Windows does not allow become "_"
     */
    public static Path write(Path outDir, String baseName, String extension, byte[] bytes) {
        return PrintService.writeAtomically(outDir, PrintService.fileName(baseName) + "." + extension, bytes);
    }
}
