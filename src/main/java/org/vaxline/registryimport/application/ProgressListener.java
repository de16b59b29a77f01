package org.vaxline.registryimport.application;

/** Hears how far an import has come; called after every row, so it decides itself how often to show it. */
public interface ProgressListener {
    ProgressListener NONE = (rows, bytesRead, totalBytes) -> { };

    void progress(long rows, long bytesRead, long totalBytes);

    default void finished(long rows, long totalBytes) {
    }
}
