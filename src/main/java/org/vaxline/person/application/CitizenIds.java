package org.vaxline.person.application;

import org.vaxline.facility.application.Facilities;
import org.vaxline.facility.domain.Province;
import org.vaxline.person.domain.CitizenId;

import java.util.Set;
import java.util.stream.Collectors;

/** The citizen-ID rule with the 63 old province codes read from the provinces' data, not written in code. */
public final class CitizenIds {
    private static final int ALL_PROVINCES = 1000;
    private final Facilities facilities;
    private volatile CitizenId loaded;

    public CitizenIds(Facilities facilities) {
        this.facilities = facilities;
    }

    public CitizenId rule() {
        CitizenId rule = loaded;
        if (rule != null) {
            return rule;
        }
        Set<String> codes = facilities.provinces(null, ALL_PROVINCES).stream()
                .map(Province::oldGsoCodes).flatMap(java.util.List::stream)
                .map(code -> "0" + code).collect(Collectors.toSet());
        rule = new CitizenId(codes);
        // Kept only once provinces exist: master data may be imported after the module starts.
        if (!codes.isEmpty()) {
            loaded = rule;
        }
        return rule;
    }
}
