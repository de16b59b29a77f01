package org.vaxline.registryimport.domain;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What one import did: every data row read is counted once in created, unchanged, already registered or failed.
 *
 * @param errorReport the file naming every failed row (written also when there is none, so an old one never misleads)
 */
public record ImportSummary(Path file, long rows, long created, long unchanged, long alreadyRegistered, long failed,
                            Duration elapsed, Path errorReport) {

    public boolean allImported() {
        return failed == 0;
    }

    public double rowsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? rows : rows / seconds;
    }
}
