package org.vaxline.fhir.mapping;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Reference;
import org.vaxline.catalog.domain.Product;
import org.vaxline.catalog.domain.ProductCode;
import org.vaxline.facility.domain.Facility;
import org.vaxline.lot.domain.LotState;
import org.vaxline.registry.domain.Dose;
import org.vaxline.registry.domain.DoseKind;
import org.vaxline.registry.domain.DoseReversal;

import java.time.Instant;
import java.util.Date;

/**
 * A dose of the ledger as a FHIR R4 Immunization: the product's codes (SNOMED CT, ICD-11 and the catalog's own) as the
 * vaccine code, the lot's number and expiry in force, the site as location and administering organisation, the day
 * given, the dose number and series applied, and {@code entered-in-error} once the dose was reversed.
 */
public final class ImmunizationMapping {
    private ImmunizationMapping() {
    }

    /**
     * @param lot  the lot's state (null for a dose whose lot the registry does not hold)
     * @param site the site (null when unknown)
     */
    public static Immunization toFhir(Dose d, DoseReversal reversal, Product product, LotState lot, Facility site) {
        Immunization imm = new Immunization();
        imm.setId(d.id().toString());
        Instant updated = reversal != null ? reversal.recordedAt() : d.recordedAt();
        imm.setMeta(new Meta().setLastUpdated(Date.from(updated)));
        imm.addIdentifier().setSystem(FhirCodes.URN).setValue("urn:uuid:" + d.id());
        imm.setStatus(reversal == null ? Immunization.ImmunizationStatus.COMPLETED : Immunization.ImmunizationStatus.ENTEREDINERROR);
        imm.setVaccineCode(vaccineCode(product));
        imm.setPatient(new Reference("Patient/" + d.personId()));
        imm.setOccurrence(new DateTimeType(d.givenOn().toString()));
        imm.setRecordedElement(new DateTimeType(Date.from(d.recordedAt())));
        imm.setPrimarySource(d.primarySource());
        if (lot != null) {
            imm.setLotNumber(lot.lotNumber());
            imm.setExpirationDateElement(new DateType(lot.expiresOn().toString()));
        } else if (d.reportedLotNumber() != null) {
            imm.setLotNumber(d.reportedLotNumber());
        }
        if (d.historical()) {
            // given elsewhere and reported to us: FHIR's reportOrigin says by whom; we keep where, as reported
            imm.getReportOrigin().addCoding().setSystem(FhirCodes.IMMUNIZATION_ORIGIN).setCode("record")
                    .setDisplay("Written Record");
            if (d.givenElsewhere() != null) {
                imm.getLocation().setDisplay(d.givenElsewhere());
            }
        }
        if (site != null) {
            imm.setLocation(new Reference("Location/" + site.id()).setDisplay(site.name()));
            Immunization.ImmunizationPerformerComponent performer = imm.addPerformer();
            performer.setActor(new Reference("Organization/" + site.id()).setDisplay(site.name()));
            performer.getFunction().addCoding().setSystem(FhirCodes.V2_PERFORMER_FUNCTION).setCode("AP")
                    .setDisplay("Administering Provider");
        }
        Immunization.ImmunizationProtocolAppliedComponent protocol = imm.addProtocolApplied();
        protocol.setSeries(d.kind() == DoseKind.BOOSTER ? d.seriesCode() + " booster" : d.seriesCode());
        protocol.setDoseNumber(new org.hl7.fhir.r4.model.PositiveIntType(d.doseNumber()));
        if (d.intervalOverrideReason() != null) {
            imm.addNote().setText("given before its earliest date: " + d.intervalOverrideReason());
        }
        if (reversal != null) {
            imm.addNote().setText("recorded in error and reversed: " + reversal.reason());
        }
        return imm;
    }

    /** The product's codings: SNOMED CT and ICD-11 from catalog data, then the catalog's own code; its name as text. */
    public static CodeableConcept vaccineCode(Product product) {
        CodeableConcept code = new CodeableConcept();
        if (product.outsideCatalog()) {
            // kept as the record named it: its own system and code, nothing of ours
            ProductCode c = product.codes().get(0);
            code.addCoding().setSystem(c.system()).setCode(c.code()).setDisplay(product.name());
            code.setText(product.name());
            return code;
        }
        for (ProductCode c : product.codes()) {
            FhirCodes.systemOf(c.system()).ifPresent(system -> code.addCoding().setSystem(system).setCode(c.code())
                    .setDisplay(product.name()));
        }
        code.addCoding().setSystem(FhirCodes.PRODUCT).setCode(product.code()).setDisplay(product.name());
        code.setText(product.name());
        return code;
    }

    /** Whether a product answers to a token {@code [system|]code}: any of its codings, or its catalog code. */
    public static boolean matches(Product product, String system, String code) {
        if ((system == null || FhirCodes.PRODUCT.equals(system)) && product.code().equalsIgnoreCase(code)) {
            return true;
        }
        return product.codes().stream().anyMatch(c -> c.code().equals(code)
                && (system == null || FhirCodes.systemOf(c.system()).map(system::equals).orElse(system.equals(c.system()))));
    }
}
