package org.vaxline.dhis2.application;

import org.vaxline.dhis2.domain.DataValue;
import org.vaxline.dhis2.domain.DataValueSet;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a data value set as IHE ADX XML ({@code urn:ihe:qrph:adx:2015}): one {@code group} per organisation unit
 * with the data set and the period as a start day and a duration. A broken-down value names its DHIS2 category option
 * combo by UID in a {@code categoryOptionCombo} attribute (ADX allows extra attributes; DHIS2's ADX import otherwise
 * expects one attribute per category, by code, which our mapping does not carry).
 */
public final class AdxWriter {
    public static final String NAMESPACE = "urn:ihe:qrph:adx:2015";

    private AdxWriter() {
    }

    public static void write(DataValueSet set, Instant exported, OutputStream out) {
        if (set.dataSet() == null) {
            throw org.vaxline.platform.error.VaxlineException.field(org.vaxline.dhis2.domain.Dhis2Error.DHIS2_MAPPING_MISSING,
                    "dataSet", "ADX groups values by data set: the mapping must name its dataSet UID");
        }
        Map<String, List<DataValue>> byOrgUnit = new LinkedHashMap<>();
        set.dataValues().forEach(v -> byOrgUnit.computeIfAbsent(v.orgUnit(), k -> new java.util.ArrayList<>()).add(v));
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("adx");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("exported", exported.toString());
            for (Map.Entry<String, List<DataValue>> group : byOrgUnit.entrySet()) {
                xml.writeStartElement("group");
                xml.writeAttribute("orgUnit", group.getKey());
                xml.writeAttribute("period", set.adxPeriod());
                xml.writeAttribute("dataSet", set.dataSet());
                for (DataValue v : group.getValue()) {
                    xml.writeEmptyElement("dataValue");
                    xml.writeAttribute("dataElement", v.dataElement());
                    if (v.categoryOptionCombo() != null) {
                        xml.writeAttribute("categoryOptionCombo", v.categoryOptionCombo());
                    }
                    xml.writeAttribute("value", v.value());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("ADX could not be written", e);
        }
    }
}
