package org.vaxline.fhir.mapping;

import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.vaxline.facility.domain.Facility;
import org.vaxline.facility.domain.FacilityType;

/**
 * A facility of the cold chain as FHIR R4 resources: an Organization (who administers, who stores) and a Location (where),
 * both with the facility's id, its code as identifier, its parent as {@code partOf}, and its province.
 */
public final class FacilityMapping {
    private FacilityMapping() {
    }

    public static Organization organization(Facility f) {
        Organization org = new Organization();
        org.setId(f.id().toString());
        org.addIdentifier().setSystem(FhirCodes.FACILITY_CODE).setValue(f.code());
        org.setActive(true);
        org.setName(f.name());
        org.addType().setText(f.type().name()).addCoding().setSystem("https://vaxline.org/fhir/CodeSystem/facility-type")
                .setCode(f.type().name());
        if (f.parentId() != null) {
            org.setPartOf(new Reference("Organization/" + f.parentId()));
        }
        if (f.provinceCode() != null) {
            org.addAddress().setCountry("VN").setState(f.provinceCode()).getStateElement()
                    .addExtension(FhirCodes.PROVINCE_EXTENSION, new CodeType(f.provinceCode()));
        }
        return org;
    }

    public static Location location(Facility f) {
        Location loc = new Location();
        loc.setId(f.id().toString());
        loc.addIdentifier().setSystem(FhirCodes.FACILITY_CODE).setValue(f.code());
        loc.setStatus(Location.LocationStatus.ACTIVE);
        loc.setName(f.name());
        loc.setMode(Location.LocationMode.INSTANCE);
        loc.addType().setText(f.type().name());
        loc.setManagingOrganization(new Reference("Organization/" + f.id()));
        if (f.parentId() != null) {
            loc.setPartOf(new Reference("Location/" + f.parentId()));
        }
        if (f.provinceCode() != null) {
            loc.getAddress().setCountry("VN").setState(f.provinceCode()).getStateElement()
                    .addExtension(FhirCodes.PROVINCE_EXTENSION, new CodeType(f.provinceCode()));
        }
        if (f.type() == FacilityType.SITE) {
            loc.getPhysicalType().addCoding().setSystem("http://terminology.hl7.org/CodeSystem/location-physical-type")
                    .setCode("si").setDisplay("Site");
        }
        return loc;
    }
}
