package org.vaxline.dhis2;

import org.vaxline.catalog.application.Catalog;
import org.vaxline.coverage.application.CoverageQueries;
import org.vaxline.dhis2.application.CollectFigures;
import org.vaxline.dhis2.application.ExportDataValues;
import org.vaxline.dhis2.application.MappingFile;
import org.vaxline.dhis2.domain.Dhis2Mapping;
import org.vaxline.dhis2.http.Dhis2Routes;
import org.vaxline.facility.application.Facilities;
import org.vaxline.platform.http.Routes;
import org.vaxline.registry.application.DoseQueries;
import org.vaxline.registry.application.SeriesRules;
import org.vaxline.stock.application.StockQueries;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Wires the DHIS2 export: the registry's coverage, doses, stock and wastage per province as a ministry's aggregate
 * data, read through the features' own queries.
 */
public final class Dhis2Module {
    /** The environment variable naming the server's mapping file; unset, the shipped example mapping is used. */
    public static final String MAPPING_ENV = "VAXLINE_DHIS2_MAPPING";

    private final Clock clock;
    private final ExportDataValues export;

    public Dhis2Module(Clock clock, CoverageQueries coverage, StockQueries stock, DoseQueries doses, SeriesRules seriesRules,
                       Catalog catalog, Facilities facilities) {
        this.clock = clock;
        this.export = new ExportDataValues(new CollectFigures(clock, coverage, stock, doses, seriesRules, catalog, facilities));
    }

    public ExportDataValues export() {
        return export;
    }

    public Clock clock() {
        return clock;
    }

    /** The server's mapping: the file named by {@link #MAPPING_ENV}, read on each request so an edit needs no restart. */
    public static Supplier<Dhis2Mapping> configuredMapping(String file) {
        return file == null || file.isBlank() ? MappingFile::defaultMapping : () -> MappingFile.read(Path.of(file));
    }

    public Routes routes(Supplier<Dhis2Mapping> mapping) {
        return new Dhis2Routes(export, mapping, clock);
    }
}
