package org.vaxline.fhir.mapping;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;

/**
 * Patients and Immunizations as NDJSON lines (a bulk export's files), written with Jackson's streaming generator.
 * <p>
 * Why not HAPI's encoder: it walks each resource reflectively through the model's definitions, and that walk was
 * two thirds of an export's time (30–45 µs a resource, against ~2 µs here); the page reads, the access log and the
 * mappings together cost less. So this writes, in FHIR's element order, exactly the elements {@link PatientMapping} and
 * {@link ImmunizationMapping} set (values as HAPI's own primitives print them), and refuses any other resource type.
 * An element a mapping gains must be added here too: {@code NdjsonLinesTest} parses every line back with HAPI and
 * compares it with the resource the mapping built (equalsDeep, every branch of both mappings), and
 * {@code EmittedResourcesValidateTest} validates the lines of a real export with HAPI's validator.
 */
public final class NdjsonLines implements Closeable {
    private static final JsonFactory FACTORY = new JsonFactory();
    private final JsonGenerator json;

    /** Lines into this writer; it is flushed when its buffer fills, and when this is closed. */
    public NdjsonLines(Writer out) throws IOException {
        this.json = FACTORY.createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
        json.setRootValueSeparator(null); // Jackson would put a space between resources: each line starts with its '{'
    }

    /** One resource as one line. */
    public void write(Resource r) throws IOException {
        if (r instanceof Patient p) {
            patient(p);
        } else if (r instanceof Immunization imm) {
            immunization(imm);
        } else {
            throw new IllegalArgumentException("no NDJSON line is written for a " + r.fhirType());
        }
        json.writeRaw('\n');
    }

    @Override
    public void close() throws IOException {
        json.close();
    }

    private void start(Resource r) throws IOException {
        json.writeStartObject();
        json.writeStringField("resourceType", r.fhirType());
        if (r.hasIdElement()) {
            json.writeStringField("id", r.getIdElement().getIdPart());
        }
        if (r.hasMeta() && r.getMeta().hasLastUpdated()) {
            json.writeObjectFieldStart("meta");
            primitive("lastUpdated", r.getMeta().getLastUpdatedElement());
            json.writeEndObject();
        }
    }

    private void patient(Patient p) throws IOException {
        start(p);
        if (p.hasIdentifier()) {
            json.writeArrayFieldStart("identifier");
            for (Identifier i : p.getIdentifier()) {
                identifier(i);
            }
            json.writeEndArray();
        }
        if (p.hasActive()) {
            json.writeBooleanField("active", p.getActive());
        }
        if (p.hasName()) {
            json.writeArrayFieldStart("name");
            for (HumanName n : p.getName()) {
                json.writeStartObject();
                if (n.hasUse()) {
                    json.writeStringField("use", n.getUse().toCode());
                }
                primitive("text", n.getTextElement());
                primitive("family", n.getFamilyElement());
                if (n.hasGiven()) {
                    json.writeArrayFieldStart("given");
                    for (StringType g : n.getGiven()) {
                        json.writeString(g.getValue());
                    }
                    json.writeEndArray();
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (p.hasTelecom()) {
            json.writeArrayFieldStart("telecom");
            for (ContactPoint t : p.getTelecom()) {
                json.writeStartObject();
                if (t.hasSystem()) {
                    json.writeStringField("system", t.getSystem().toCode());
                }
                primitive("value", t.getValueElement());
                if (t.hasUse()) {
                    json.writeStringField("use", t.getUse().toCode());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (p.hasGender()) {
            json.writeStringField("gender", p.getGender().toCode());
        }
        primitive("birthDate", p.getBirthDateElement());
        if (p.hasDeceasedDateTimeType()) {
            primitive("deceasedDateTime", p.getDeceasedDateTimeType());
        } else if (p.hasDeceasedBooleanType()) {
            json.writeBooleanField("deceasedBoolean", p.getDeceasedBooleanType().booleanValue());
        }
        if (p.hasAddress()) {
            json.writeArrayFieldStart("address");
            for (Address a : p.getAddress()) {
                json.writeStartObject();
                if (a.hasUse()) {
                    json.writeStringField("use", a.getUse().toCode());
                }
                primitive("state", a.getStateElement());
                primitive("country", a.getCountryElement());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (p.hasLink()) {
            json.writeArrayFieldStart("link");
            for (Patient.PatientLinkComponent l : p.getLink()) {
                json.writeStartObject();
                reference("other", l.getOther());
                json.writeStringField("type", l.getType().toCode());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private void immunization(Immunization imm) throws IOException {
        start(imm);
        if (imm.hasIdentifier()) {
            json.writeArrayFieldStart("identifier");
            for (Identifier i : imm.getIdentifier()) {
                identifier(i);
            }
            json.writeEndArray();
        }
        if (imm.hasStatus()) {
            json.writeStringField("status", imm.getStatus().toCode());
        }
        codeableConcept("vaccineCode", imm.getVaccineCode());
        reference("patient", imm.getPatient());
        if (imm.hasOccurrenceDateTimeType()) {
            primitive("occurrenceDateTime", imm.getOccurrenceDateTimeType());
        }
        primitive("recorded", imm.getRecordedElement());
        if (imm.hasPrimarySource()) {
            json.writeBooleanField("primarySource", imm.getPrimarySource());
        }
        codeableConcept("reportOrigin", imm.getReportOrigin());
        reference("location", imm.getLocation());
        primitive("lotNumber", imm.getLotNumberElement());
        primitive("expirationDate", imm.getExpirationDateElement());
        if (imm.hasPerformer()) {
            json.writeArrayFieldStart("performer");
            for (Immunization.ImmunizationPerformerComponent performer : imm.getPerformer()) {
                json.writeStartObject();
                codeableConcept("function", performer.getFunction());
                reference("actor", performer.getActor());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (imm.hasNote()) {
            json.writeArrayFieldStart("note");
            for (var note : imm.getNote()) {
                json.writeStartObject();
                primitive("text", note.getTextElement());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (imm.hasProtocolApplied()) {
            json.writeArrayFieldStart("protocolApplied");
            for (Immunization.ImmunizationProtocolAppliedComponent applied : imm.getProtocolApplied()) {
                json.writeStartObject();
                primitive("series", applied.getSeriesElement());
                if (applied.hasDoseNumberPositiveIntType()) {
                    json.writeNumberField("doseNumberPositiveInt", applied.getDoseNumberPositiveIntType().getValue());
                } else if (applied.hasDoseNumberStringType()) {
                    primitive("doseNumberString", applied.getDoseNumberStringType());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private void identifier(Identifier i) throws IOException {
        json.writeStartObject();
        if (i.hasUse()) {
            json.writeStringField("use", i.getUse().toCode());
        }
        codeableConcept("type", i.getType());
        primitive("system", i.getSystemElement());
        primitive("value", i.getValueElement());
        json.writeEndObject();
    }

    private void codeableConcept(String name, CodeableConcept c) throws IOException {
        if (c == null || c.isEmpty()) {
            return;
        }
        json.writeObjectFieldStart(name);
        if (c.hasCoding()) {
            json.writeArrayFieldStart("coding");
            for (Coding coding : c.getCoding()) {
                json.writeStartObject();
                primitive("system", coding.getSystemElement());
                primitive("code", coding.getCodeElement());
                primitive("display", coding.getDisplayElement());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        primitive("text", c.getTextElement());
        json.writeEndObject();
    }

    private void reference(String name, Reference r) throws IOException {
        if (r == null || r.isEmpty()) {
            return;
        }
        json.writeObjectFieldStart(name);
        primitive("reference", r.getReferenceElement_());
        primitive("display", r.getDisplayElement());
        json.writeEndObject();
    }

    /**
     * A primitive as HAPI prints it: its value as a string (booleans, numbers and enumerations are written by the
     * callers), then its extensions as FHIR JSON's {@code _name} companion, as the province code on the address's state.
     */
    private void primitive(String name, PrimitiveType<?> value) throws IOException {
        if (value == null || value.isEmpty()) {
            return;
        }
        if (value.hasValue()) {
            json.writeStringField(name, value.getValueAsString());
        }
        if (value.hasExtension()) {
            json.writeObjectFieldStart("_" + name);
            json.writeArrayFieldStart("extension");
            for (Extension e : value.getExtension()) {
                if (!(e.getValue() instanceof PrimitiveType<?> v) || v instanceof org.hl7.fhir.r4.model.BooleanType
                        || v instanceof org.hl7.fhir.r4.model.IntegerType || v instanceof org.hl7.fhir.r4.model.DecimalType) {
                    throw new IllegalArgumentException("extension " + e.getUrl() + " holds no string-like primitive: not written here");
                }
                json.writeStartObject();
                json.writeStringField("url", e.getUrl());
                json.writeStringField("value" + capitalized(v.fhirType()), v.getValueAsString());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static String capitalized(String type) {
        return Character.toUpperCase(type.charAt(0)) + type.substring(1);
    }
}
