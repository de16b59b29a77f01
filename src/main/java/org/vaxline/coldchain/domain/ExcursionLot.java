package org.vaxline.coldchain.domain;

import java.util.UUID;

/**
 * A lot an excursion looked at, with what was known of it then: held (with the hold's id) or spared.
 *
 * @param assessment what the assessment found, or null while it is outstanding (and always for a spared lot)
 */
public record ExcursionLot(UUID excursionId, UUID lotId, String lotNumber, UUID productId, long dosesOnHand,
                           StorageRange storage, UUID holdId, Assessment assessment) {

    public boolean held() {
        return holdId != null;
    }

    public boolean awaitsAssessment() {
        return held() && assessment == null;
    }

    public ExcursionLot assessed(Assessment assessment) {
        return new ExcursionLot(excursionId, lotId, lotNumber, productId, dosesOnHand, storage, holdId, assessment);
    }
}
