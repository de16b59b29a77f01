package org.vaxline.dhis2.domain;

import java.util.List;

/**
 * A DHIS2 {@code dataValueSet}: the figures of one period, ready for {@code POST /api/dataValueSets}.
 *
 * @param dataSet   the ministry's data set, or null when the mapping names none
 * @param adxPeriod the period as ADX writes it
 */
public record DataValueSet(String dataSet, String period, String adxPeriod, List<DataValue> dataValues) {
    public DataValueSet {
        dataValues = List.copyOf(dataValues);
    }
}
