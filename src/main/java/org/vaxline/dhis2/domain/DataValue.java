package org.vaxline.dhis2.domain;

/**
 * One DHIS2 aggregate data value.
 *
 * @param categoryOptionCombo null when the data element is reported as a total (DHIS2's default combo)
 * @param value               as DHIS2 carries values: text
 */
public record DataValue(String dataElement, String period, String orgUnit, String categoryOptionCombo, String value) {
}
