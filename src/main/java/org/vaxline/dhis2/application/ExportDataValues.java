package org.vaxline.dhis2.application;

import org.vaxline.dhis2.domain.DataValueSet;
import org.vaxline.dhis2.domain.Dhis2Mapping;
import org.vaxline.dhis2.domain.ReportingPeriod;

/** The registry's figures of one period as the ministry's DHIS2 data value set. */
public final class ExportDataValues {
    private final CollectFigures figures;

    public ExportDataValues(CollectFigures figures) {
        this.figures = figures;
    }

    public DataValueSet export(String period, Dhis2Mapping mapping) {
        ReportingPeriod parsed = ReportingPeriod.parse(period);
        return mapping.dataValues(parsed, figures.of(parsed));
    }
}
