package org.vaxline.app;

import org.vaxline.platform.security.Actor;
import org.vaxline.registry.application.DoseRequest;
import org.vaxline.registry.application.RecordDose;
import org.vaxline.registryimport.application.ChunkedDoseRecorder;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The dose registry's RecordDose behind the import's port: a chunk of rows goes to {@link RecordDose#recordTogether}
 * (one transaction, each dose decided with every rule and refused on its own before it writes), a single row to
 * {@link RecordDose#record}.
 */
public final class RegistryDoseRecorder implements ChunkedDoseRecorder {
    private final Supplier<RecordDose> recordDose;

    /** @param recordDose asked for only when a dose is recorded, so building the command needs no store */
    public RegistryDoseRecorder(Supplier<RecordDose> recordDose) {
        this.recordDose = recordDose;
    }

    @Override
    public boolean record(Actor actor, UUID doseId, UUID personId, UUID productId, UUID lotId, UUID siteId, LocalDate givenOn) {
        return recordDose.get().record(actor, new DoseRequest(doseId, personId, productId, lotId, siteId, givenOn, null, null))
                .isNew();
    }

    @Override
    public List<Result> recordAll(Actor actor, List<Dose> doses) {
        List<DoseRequest> requests = doses.stream().map(d -> new DoseRequest(d.doseId(), d.personId(), d.productId(),
                d.lotId(), d.siteId(), d.givenOn(), null, null)).toList();
        return recordDose.get().recordTogether(actor, requests).stream()
                .map(o -> o.refused() ? new Result(false, o.failure()) : new Result(o.value().isNew(), null)).toList();
    }
}
