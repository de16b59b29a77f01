package org.vaxline.fhir.mapping;

import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations;

import java.util.Date;

/**
 * What the facade serves, and nothing more: the CapabilityStatement at {@code /fhir/metadata}. Its documentation names
 * what the registry does not keep of the resources it takes in.
 */
public final class Capability {
    public static final String NOT_KEPT = """
            vaxline is a registry, not a general FHIR store: it keeps what a vaccination programme acts on and answers \
            resources built from it. Of a Patient it keeps one official name (family and given, or its text), gender, \
            birthDate (to the day), one identity document (identifier with system vn-cccd, passport or other-document; \
            from a record of elsewhere, a passport by its PPN type or else its first identifier of at most 32 \
            characters as an other-document), one Vietnamese mobile phone and the province of the home address \
            (address.state when it is one of ours); it does not keep other names, name prefixes, further identifiers, \
            active, telecom beyond that phone, address lines, city, district or postalCode, contact, communication, \
            generalPractitioner, managingOrganization, maritalStatus, photo, multipleBirth, extensions (e.g. birthTime) \
            or text. It records a death to the day: a Patient's deceasedDateTime is kept as the day it names (the time and \
            offset are not kept; the day is the one the record wrote) and answered as deceasedDateTime with that day; a \
            deceased person is due no more, their doses before the day count and one after it is refused. A death \
            without its day (deceasedBoolean true, or a deceasedDateTime of a year or month alone) is refused, and so \
            are the Patient's Immunizations in the same import: the registry cannot guess the day that separates the \
            doses it keeps from those it refuses. deceasedBoolean false is taken, and not kept. \
            Of an Immunization it keeps the patient, the vaccine (a catalog product, or an external product named by \
            its code system and code), occurrence to the day, the lot (by lotNumber, a lot the registry holds) and the \
            site (a vaxline facility, by location or performer); the dose number is the registry's own (inferred from \
            the series). A historical dose (primarySource false: given elsewhere, abroad or before vaxline) counts toward the \
            series and schedule but moves no stock: of it the registry keeps the lot number and the place (location or \
            performer display) as reported, not a lot or site of its own, and answers it with reportOrigin "record"; \
            its expirationDate, manufacturer and performer are not kept. It does not keep identifier beyond the first \
            (which makes a resend harmless), encounter, site, route, doseQuantity, reasonCode, reaction, note, education, \
            programEligibility, fundingSource, isSubpotent or subpotentReason, meta (profiles, versions and lastUpdated \
            are its own), the time of day of occurrence, or a location reference that is not one of its facilities. \
            `vaxline fhir import` records an Immunization that names no vaxline site and lot as historical \
            (primarySource false), keyed by the resource's id so a re-run adds nothing.""";


    private Capability() {
    }

    public static CapabilityStatement statement(String baseUrl, String version, Date published) {
        CapabilityStatement cs = new CapabilityStatement();
        cs.setStatus(Enumerations.PublicationStatus.ACTIVE);
        cs.setDate(published);
        cs.setPublisher("vaxline");
        cs.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        cs.getSoftware().setName("vaxline").setVersion(version);
        cs.getImplementation().setDescription("vaxline FHIR R4 facade over the vaccination registry").setUrl(baseUrl);
        cs.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        cs.addFormat("application/fhir+json");
        cs.addFormat("json");
        var rest = cs.addRest().setMode(RestfulCapabilityMode.SERVER);
        rest.setDocumentation(NOT_KEPT);
        rest.getSecurity().setDescription("Bearer tokens: Authorization: Bearer <token>, the same tokens and scopes as /api/v1 "
                + "(./vaxline users token USER). Every read of a person's record is logged.")
                .addService().addCoding().setSystem("http://terminology.hl7.org/CodeSystem/restful-security-service")
                .setCode("OAuth").setDisplay("OAuth");
        CapabilityStatementRestResourceComponent patient = resource(rest, "Patient", TypeRestfulInteraction.READ,
                TypeRestfulInteraction.SEARCHTYPE);
        search(patient, "identifier", Enumerations.SearchParamType.TOKEN, "[system|]value: the registry id (urn:uuid:), an identity document, or any number");
        search(patient, "name", Enumerations.SearchParamType.STRING, "words of the name, diacritics optional");
        search(patient, "birthdate", Enumerations.SearchParamType.DATE, "one day (eq)");
        CapabilityStatementRestResourceComponent imm = resource(rest, "Immunization", TypeRestfulInteraction.READ,
                TypeRestfulInteraction.SEARCHTYPE);
        imm.addInteraction().setCode(TypeRestfulInteraction.CREATE).setDocumentation("a dose given at a vaxline site from its "
                + "stock, recorded through the registry's rules; its first identifier makes a resend harmless (200)");
        search(imm, "patient", Enumerations.SearchParamType.REFERENCE, "Patient/id");
        search(imm, "date", Enumerations.SearchParamType.DATE, "occurrence, prefixes eq ge gt le lt");
        search(imm, "vaccine-code", Enumerations.SearchParamType.TOKEN, "[system|]code: SNOMED CT, ICD-11 or the catalog's code");
        search(imm, "lot-number", Enumerations.SearchParamType.STRING, "exact lot number");
        CapabilityStatementRestResourceComponent rec = resource(rest, "ImmunizationRecommendation", TypeRestfulInteraction.READ,
                TypeRestfulInteraction.SEARCHTYPE);
        search(rec, "patient", Enumerations.SearchParamType.REFERENCE, "Patient/id; the recommendation's id is the patient's");
        resource(rest, "Organization", TypeRestfulInteraction.READ, TypeRestfulInteraction.SEARCHTYPE);
        resource(rest, "Location", TypeRestfulInteraction.READ, TypeRestfulInteraction.SEARCHTYPE);
        rest.addInteraction().setCode(CapabilityStatement.SystemRestfulInteraction.TRANSACTION)
                .setDocumentation("POST of Immunizations only, recorded in one database transaction: all or none");
        rest.addInteraction().setCode(CapabilityStatement.SystemRestfulInteraction.BATCH)
                .setDocumentation("POST of Immunizations only, each recorded on its own");
        rest.addOperation().setName("export").setDefinition("http://hl7.org/fhir/uv/bulkdata/OperationDefinition/export")
                .setDocumentation("Bulk Data async: Patient and Immunization as NDJSON, _type and _since; also "
                        + "Patient/$export and Group/{province code}/$export");
        patient.addOperation().setName("export").setDefinition("http://hl7.org/fhir/uv/bulkdata/OperationDefinition/patient-export");
        cs.addInstantiates("http://hl7.org/fhir/uv/bulkdata/CapabilityStatement/bulk-data");
        return cs;
    }

    private static CapabilityStatementRestResourceComponent resource(CapabilityStatement.CapabilityStatementRestComponent rest,
                                                                      String type, TypeRestfulInteraction... interactions) {
        CapabilityStatementRestResourceComponent r = rest.addResource().setType(type);
        for (TypeRestfulInteraction i : interactions) {
            r.addInteraction().setCode(i);
        }
        r.setVersioning(CapabilityStatement.ResourceVersionPolicy.NOVERSION);
        r.setReadHistory(false);
        r.setUpdateCreate(false);
        r.addSearchParam().setName("_count").setType(Enumerations.SearchParamType.NUMBER).setDocumentation("page size, at most 1000");
        r.addSearchParam().setName("_summary").setType(Enumerations.SearchParamType.TOKEN).setDocumentation("count only");
        return r;
    }

    private static void search(CapabilityStatementRestResourceComponent r, String name, Enumerations.SearchParamType type,
                               String doc) {
        r.addSearchParam().setName(name).setType(type).setDocumentation(doc);
    }

}
