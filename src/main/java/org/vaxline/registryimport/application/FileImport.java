package org.vaxline.registryimport.application;

import org.vaxline.platform.security.Actor;
import org.vaxline.registryimport.domain.ImportSummary;

import java.util.function.Supplier;

/** One kind of import (people, doses): a fresh row format per run, so lookups remembered by one run never go stale. */
public final class FileImport {
    private final ImportEngine engine;
    private final Supplier<? extends RowFormat<?>> formats;

    public FileImport(ImportEngine engine, Supplier<? extends RowFormat<?>> formats) {
        this.engine = engine;
        this.formats = formats;
    }

    public ImportSummary run(Actor actor, ImportRequest request, ProgressListener progress) {
        return engine.run(actor, formats.get(), request, progress);
    }
}
