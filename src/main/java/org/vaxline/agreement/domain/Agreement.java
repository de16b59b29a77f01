package org.vaxline.agreement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An agreement between two parties (from → to) and the commitments it holds. Written once; never edited. */
public record Agreement(UUID id, String title, UUID fromPartnerId, UUID toPartnerId, LocalDate signedOn,
                        AgreementKind kind, String reference, List<Commitment> commitments,
                        Instant recordedAt, String recordedBy) {
    public Agreement {
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
    }

    public Optional<Commitment> commitment(UUID commitmentId) {
        return commitments.stream().filter(c -> c.id().equals(commitmentId)).findFirst();
    }

    /** Same content as another agreement, ignoring who recorded it and when: a retry, not a new agreement. */
    public boolean sameContentAs(Agreement other) {
        return id.equals(other.id) && title.equals(other.title) && fromPartnerId.equals(other.fromPartnerId)
                && toPartnerId.equals(other.toPartnerId) && signedOn.equals(other.signedOn) && kind == other.kind
                && java.util.Objects.equals(reference, other.reference) && commitments.equals(other.commitments);
    }
}
