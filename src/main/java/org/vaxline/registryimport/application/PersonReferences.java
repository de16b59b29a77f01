package org.vaxline.registryimport.application;

import org.vaxline.facility.application.Facilities;
import org.vaxline.facility.domain.Facility;
import org.vaxline.person.application.PriorityGroups;
import org.vaxline.person.domain.PriorityGroup;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The provinces, communes and priority groups one run of a people file names, each looked up once. */
final class PersonReferences {
    private final Facilities facilities;
    private final PriorityGroups groups;
    private final Map<String, Boolean> provinces = new HashMap<>();
    private final Map<String, Optional<Facility>> byCode = new HashMap<>();
    private Set<String> groupCodes;

    PersonReferences(Facilities facilities, PriorityGroups groups) {
        this.facilities = facilities;
        this.groups = groups;
    }

    boolean provinceExists(String code) {
        return provinces.computeIfAbsent(code, c -> facilities.province(c).isPresent());
    }

    Optional<Facility> facility(String code) {
        return byCode.computeIfAbsent(code, facilities::byCode);
    }

    boolean groupExists(String code) {
        if (groupCodes == null) {
            groupCodes = groups.all().stream().map(PriorityGroup::code).collect(Collectors.toSet());
        }
        return groupCodes.contains(code);
    }
}
