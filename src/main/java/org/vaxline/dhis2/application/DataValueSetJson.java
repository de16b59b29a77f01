package org.vaxline.dhis2.application;

import org.vaxline.dhis2.domain.DataValue;
import org.vaxline.dhis2.domain.DataValueSet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A data value set in DHIS2's JSON shape ({@code dataSet}, {@code period}, {@code dataValues} with
 * {@code dataElement}, {@code period}, {@code orgUnit}, {@code categoryOptionCombo} and {@code value}); absent
 * fields are left out rather than written as null, as DHIS2 reads them.
 */
public final class DataValueSetJson {
    private DataValueSetJson() {
    }

    public static Map<String, Object> of(DataValueSet set) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (set.dataSet() != null) {
            json.put("dataSet", set.dataSet());
        }
        json.put("period", set.period());
        List<Map<String, String>> values = set.dataValues().stream().map(DataValueSetJson::value).toList();
        json.put("dataValues", values);
        return json;
    }

    private static Map<String, String> value(DataValue v) {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("dataElement", v.dataElement());
        json.put("period", v.period());
        json.put("orgUnit", v.orgUnit());
        if (v.categoryOptionCombo() != null) {
            json.put("categoryOptionCombo", v.categoryOptionCombo());
        }
        json.put("value", v.value());
        return json;
    }
}
