package org.vaxline.person.domain;

import org.vaxline.facility.domain.Province;
import org.vaxline.masterdata.demo.DemoMasterData;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The 63 pre-2025 province codes, as data from the demo provinces (never a list typed into a test). */
final class OldProvinceCodes {
    static final List<String> ALL = DemoMasterData.document().provinces().stream().map(Province::oldGsoCodes)
            .flatMap(List::stream).map(code -> "0" + code).sorted().toList();
    static final Set<String> SET = ALL.stream().collect(Collectors.toUnmodifiableSet());
    static final CitizenId RULE = new CitizenId(SET);

    private OldProvinceCodes() {
    }
}
