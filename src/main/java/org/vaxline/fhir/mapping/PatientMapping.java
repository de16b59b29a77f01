package org.vaxline.fhir.mapping;

import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.vaxline.person.domain.IdentityType;
import org.vaxline.person.domain.Person;
import org.vaxline.person.domain.Sex;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A registered person as a FHIR R4 Patient: the registry's id and the identity document as identifiers with their
 * systems, the name (Vietnamese order: family name first), sex, date of birth, mobile phone, the province as the
 * address's state (its code in an extension), the day of death as {@code deceasedDateTime} and the records merged into
 * this one as {@code link.replaces}.
 */
public final class PatientMapping {
    private PatientMapping() {
    }

    public static Patient toFhir(Person p, List<UUID> mergedFrom, String provinceName) {
        Patient patient = new Patient();
        patient.setId(p.id().toString());
        Instant updated = p.correctedAt() != null ? p.correctedAt() : p.recordedAt();
        if (updated != null) {
            patient.setMeta(new Meta().setLastUpdated(Date.from(updated)));
        }
        patient.addIdentifier().setUse(Identifier.IdentifierUse.SECONDARY).setSystem(FhirCodes.URN).setValue("urn:uuid:" + p.id());
        if (p.identityNumber() != null) {
            Identifier document = patient.addIdentifier().setUse(Identifier.IdentifierUse.OFFICIAL)
                    .setSystem(documentSystem(p.identityType())).setValue(p.identityNumber());
            document.getType().addCoding().setSystem(FhirCodes.V2_IDENTIFIER_TYPE)
                    .setCode(p.identityType() == IdentityType.PASSPORT ? "PPN" : p.identityType() == IdentityType.CCCD ? "NI" : "PN")
                    .setDisplay(p.identityType() == IdentityType.PASSPORT ? "Passport number"
                            : p.identityType() == IdentityType.CCCD ? "National unique individual identifier" : "Person number");
        }
        patient.addName(name(p.fullName()));
        if (p.sex() != null) {
            patient.setGender(switch (p.sex()) {
                case MALE -> AdministrativeGender.MALE;
                case FEMALE -> AdministrativeGender.FEMALE;
                case OTHER -> AdministrativeGender.OTHER;
            });
        }
        if (p.dateOfBirth() != null) {
            patient.setBirthDateElement(new org.hl7.fhir.r4.model.DateType(p.dateOfBirth().toString()));
        }
        if (p.phone() != null) {
            patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setUse(ContactPoint.ContactPointUse.MOBILE)
                    .setValue(p.phone());
        }
        if (p.provinceCode() != null) {
            Address address = patient.addAddress().setUse(Address.AddressUse.HOME).setCountry("VN");
            address.setState(provinceName != null ? provinceName : p.provinceCode());
            address.getStateElement().addExtension(FhirCodes.PROVINCE_EXTENSION, new CodeType(p.provinceCode()));
        }
        for (UUID merged : mergedFrom) {
            patient.addLink().setType(Patient.LinkType.REPLACES).setOther(new Reference("Patient/" + merged));
        }
        if (p.diedOn() != null) {
            // the registry records the day of a death, not its time: a dateTime to the day
            patient.setDeceased(new org.hl7.fhir.r4.model.DateTimeType(p.diedOn().toString()));
        }
        patient.setActive(true);
        return patient;
    }

    /** A Vietnamese full name: family name first, then middle and given names; the text is kept whole. */
    public static HumanName name(String fullName) {
        HumanName name = new HumanName().setUse(HumanName.NameUse.OFFICIAL).setText(fullName);
        String[] words = fullName.strip().split("\\s+");
        if (words.length > 1) {
            name.setFamily(words[0]);
            Arrays.stream(words, 1, words.length).forEach(name::addGiven);
        } else {
            name.addGiven(words[0]);
        }
        return name;
    }

    public static String documentSystem(IdentityType type) {
        return switch (type) {
            case CCCD -> FhirCodes.CCCD;
            case PASSPORT -> FhirCodes.PASSPORT;
            case OTHER -> FhirCodes.OTHER_DOCUMENT;
        };
    }

    public static IdentityType documentType(String system) {
        if (FhirCodes.CCCD.equals(system)) {
            return IdentityType.CCCD;
        }
        if (FhirCodes.PASSPORT.equals(system)) {
            return IdentityType.PASSPORT;
        }
        if (FhirCodes.OTHER_DOCUMENT.equals(system)) {
            return IdentityType.OTHER;
        }
        return null;
    }

    /** The sex a FHIR gender stands for (unknown: OTHER). */
    public static Sex sex(AdministrativeGender gender) {
        if (gender == null) {
            return null;
        }
        return switch (gender) {
            case MALE -> Sex.MALE;
            case FEMALE -> Sex.FEMALE;
            default -> Sex.OTHER;
        };
    }

    /**
     * Whether the Patient is recorded as dead, and what it says of it: the day of death (deceasedDateTime, to the day
     * as the record wrote it) or {@code ""} (deceasedBoolean true); empty for a living person or one it says nothing of.
     * The import records the day through the person registry's own use case; a death without its day is not recorded.
     */
    public static Optional<String> deceased(Patient p) {
        if (p.getDeceased() instanceof org.hl7.fhir.r4.model.DateTimeType died) {
            String text = died.getValueAsString();
            return Optional.of(text == null ? "" : text.substring(0, Math.min(10, text.length())));
        }
        if (p.getDeceased() instanceof org.hl7.fhir.r4.model.BooleanType dead && dead.booleanValue()) {
            return Optional.of("");
        }
        return Optional.empty();
    }

    /** The day of death a {@link #deceased} answer gives, when it gives one to the day; else null (no day, or only a year or month). */
    public static LocalDate deathDay(String said) {
        if (said == null || said.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(said);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The date of birth, when the resource gives it to the day (a year or month alone is not a date of birth). */
    public static LocalDate birthDate(Patient p) {
        String text = p.hasBirthDateElement() ? p.getBirthDateElement().getValueAsString() : null;
        return text != null && text.length() == 10 ? LocalDate.parse(text) : null;
    }
}
