package org.vaxline.facility.domain;

import java.util.List;

/**
 * A province-level unit.
 *
 * @param population             used as a weight for allocation and coverage, not as a census
 * @param populationNote         why the figure is uncertain, when it is
 * @param oldGsoCodes            the two-digit codes of the former provinces that formed it (citizen ids still carry them)
 * @param regionalInstituteCode  the facility code of the regional institute that supplies it
 */
public record Province(String code, String name, ProvinceKind kind, long population, String populationNote,
                       List<String> oldGsoCodes, String regionalInstituteCode) {
    public Province {
        oldGsoCodes = oldGsoCodes == null ? List.of() : List.copyOf(oldGsoCodes);
    }
}
