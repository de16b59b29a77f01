package org.vaxline.certificate.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Which certificates stop telling the truth when the facts behind them change. */
public final class RevocationPolicy {
    /** The person's fields a certificate states (name, birth date, sex): a correction of any of them revokes. */
    public static final Set<String> STATED_FIELDS = Set.of("fullName", "dateOfBirth", "sex");

    private RevocationPolicy() {
    }

    /** Whether a correction of these fields makes the person's certificates wrong. */
    public static boolean correctionRevokes(Collection<String> changedFields) {
        return changedFields.stream().anyMatch(STATED_FIELDS::contains);
    }

    /** A dose of the series as the certificates of the person's other doses depend on it. */
    public record SeriesDose(UUID doseId, LocalDate givenOn) {
    }

    /**
     * The doses whose certificates a reversal makes wrong: the reversed dose, and every dose of its series given on or after
     * it (the number and total those certificates state counted the reversed dose).
     */
    public static List<UUID> dosesToRevoke(UUID reversedDose, LocalDate reversedGivenOn, Collection<SeriesDose> seriesLeft) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(reversedDose),
                seriesLeft.stream().filter(d -> !d.givenOn().isBefore(reversedGivenOn)).map(SeriesDose::doseId)).distinct().toList();
    }
}
