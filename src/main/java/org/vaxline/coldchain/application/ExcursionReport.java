package org.vaxline.coldchain.application;

import org.vaxline.coldchain.domain.Excursion;
import org.vaxline.coldchain.domain.ExcursionLot;

import java.util.List;

/**
 * An excursion with the lots it held (each with its assessment, once made) and the lots it spared.
 *
 * @param open true while a held lot awaits its assessment
 */
public record ExcursionReport(Excursion excursion, String facilityCode, boolean open, List<ExcursionLot> affected,
                              List<ExcursionLot> spared) {

    static ExcursionReport of(Excursion excursion, String facilityCode, List<ExcursionLot> lots) {
        List<ExcursionLot> affected = lots.stream().filter(ExcursionLot::held).toList();
        return new ExcursionReport(excursion, facilityCode, affected.stream().anyMatch(ExcursionLot::awaitsAssessment),
                affected, lots.stream().filter(l -> !l.held()).toList());
    }
}
