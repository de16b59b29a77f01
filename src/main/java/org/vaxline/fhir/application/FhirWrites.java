package org.vaxline.fhir.application;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Reference;
import org.vaxline.catalog.application.Catalog;
import org.vaxline.catalog.application.ExternalProducts;
import org.vaxline.catalog.domain.Product;
import org.vaxline.facility.application.Facilities;
import org.vaxline.lot.application.LotQueries;
import org.vaxline.person.application.PersonDirectory;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;
import org.vaxline.registry.application.DoseRequest;
import org.vaxline.registry.application.RecordDose;
import org.vaxline.registry.application.RecordHistoricalDose;
import org.vaxline.registry.application.HistoricalDoseRequest;
import org.vaxline.registry.domain.Dose;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Records Immunizations that other systems send, through the dose registry's own {@link RecordDose} (stock, intervals,
 * dates, scope and idempotency): the dose's id is derived from the resource's first identifier, so a resent resource is
 * recorded once. A transaction Bundle is recorded whole or not at all; a batch entry by entry; both, and imports, a
 * chunk at a time ({@link #recordAll}).
 */
public final class FhirWrites {
    private final Store store;
    private final RecordDose recordDose;
    private final RecordHistoricalDose recordHistoricalDose;
    private final PersonDirectory persons;
    private final Catalog catalog;
    private final Facilities facilities;
    private final LotQueries lots;
    private final ExternalProducts externalProducts;

    public FhirWrites(Store store, RecordDose recordDose, RecordHistoricalDose recordHistoricalDose, PersonDirectory persons,
                      Catalog catalog, ExternalProducts externalProducts, Facilities facilities, LotQueries lots) {
        this.externalProducts = externalProducts;
        this.store = store;
        this.recordDose = recordDose;
        this.recordHistoricalDose = recordHistoricalDose;
        this.persons = persons;
        this.catalog = catalog;
        this.facilities = facilities;
        this.lots = lots;
    }

    /** The dose id a resource stands for: from its first identifier ({@code system|value}), else a new one. */
    public static UUID doseId(Immunization imm) {
        for (Identifier i : imm.getIdentifier()) {
            if (i.hasValue()) {
                if (i.getValue().startsWith("urn:uuid:")) {
                    try {
                        return UUID.fromString(i.getValue().substring(9));
                    } catch (IllegalArgumentException e) {
                        // not one of ours: derived below
                    }
                }
                return Ids.fromName("fhir:Immunization:" + (i.hasSystem() ? i.getSystem() : "") + "|" + i.getValue());
            }
        }
        return null;
    }

    /** A dose given here from stock, or (primarySource false) a historical dose given elsewhere that moves no stock. */
    public Recorded<Dose> record(Actor actor, Immunization imm) {
        return record(actor, imm, null);
    }

    /** @param fallbackId the dose id when the resource has no identifier (an import keys it by the resource's id) */
    public Recorded<Dose> record(Actor actor, Immunization imm, UUID fallbackId) {
        ChunkReferences refs = references(List.of(imm));
        if (imm.hasPrimarySource() && !imm.getPrimarySource()) {
            return recordHistoricalDose.record(actor, historicalRequest(actor, imm, fallbackId, refs));
        }
        return recordDose.record(actor, request(imm, fallbackId, refs));
    }

    /**
     * Records Immunizations a chunk at a time: the doses from stock through {@link RecordDose#recordTogether} and the
     * historical ones in the same transaction, each answered or refused on its own (every refusal comes before its
     * first write), what they refer to looked up once for the chunk ({@link ChunkReferences}). With
     * {@code allOrNothing} (a transaction Bundle) the first refusal undoes the chunk and is thrown, naming its entry.
     * Historical doses are recorded before those from stock, so a person's series counts what was given elsewhere
     * first.
     *
     * @param fallbackIds for each resource, its dose id when it has no identifier (null, or null entries: a new id)
     */
    public List<EntryOutcome> recordAll(Actor actor, List<Immunization> imms, List<UUID> fallbackIds, boolean allOrNothing) {
        ChunkReferences refs = references(imms);
        EntryOutcome[] outcomes = new EntryOutcome[imms.size()];
        List<Integer> historicalAt = new ArrayList<>();
        List<HistoricalDoseRequest> historical = new ArrayList<>();
        List<Integer> stockAt = new ArrayList<>();
        List<DoseRequest> stock = new ArrayList<>();
        for (int i = 0; i < imms.size(); i++) {
            Immunization imm = imms.get(i);
            UUID fallback = fallbackIds == null ? null : fallbackIds.get(i);
            try {
                if (imm.hasPrimarySource() && !imm.getPrimarySource()) {
                    historical.add(historicalRequest(actor, imm, fallback, refs));
                    historicalAt.add(i);
                } else {
                    stock.add(request(imm, fallback, refs));
                    stockAt.add(i);
                }
            } catch (VaxlineException e) {
                if (allOrNothing) {
                    throw entry(i, e);
                }
                outcomes[i] = new EntryOutcome(null, e);
            }
        }
        return store.inTransaction(h -> {
            EntryOutcome[] answered = outcomes.clone(); // the transaction may run again: start from the requests each time
            recordHistoricalDose.prefetch(historical);
            for (int k = 0; k < historical.size(); k++) {
                try {
                    answered[historicalAt.get(k)] = new EntryOutcome(recordHistoricalDose.record(actor, historical.get(k)), null);
                } catch (VaxlineException e) {
                    if (allOrNothing) {
                        throw entry(historicalAt.get(k), e);
                    }
                    answered[historicalAt.get(k)] = new EntryOutcome(null, e);
                }
            }
            if (!stock.isEmpty()) {
                var recorded = recordDose.recordTogether(actor, stock);
                for (int k = 0; k < recorded.size(); k++) {
                    var outcome = recorded.get(k);
                    if (!outcome.refused()) {
                        answered[stockAt.get(k)] = new EntryOutcome(outcome.value(), null);
                    } else if (outcome.failure() instanceof VaxlineException e) {
                        if (allOrNothing) {
                            throw entry(stockAt.get(k), e);
                        }
                        answered[stockAt.get(k)] = new EntryOutcome(null, e);
                    } else {
                        throw outcome.failure();
                    }
                }
            }
            return List.of(answered);
        });
    }

    private ChunkReferences references(List<Immunization> imms) {
        return new ChunkReferences(imms, persons, catalog, externalProducts, facilities, lots);
    }

    private static VaxlineException entry(int i, VaxlineException e) {
        return new VaxlineException(e.code(), "entry[" + i + "]: " + e.getMessage(), e.fieldErrors(), e.details());
    }

    /** A dose given elsewhere as the resource reports it: lot number and place kept as reported, no site or lot of ours. */
    private static HistoricalDoseRequest historicalRequest(Actor actor, Immunization imm, UUID fallbackId, ChunkReferences refs) {
        requireCompleted(imm);
        UUID person = refs.patient(imm.getPatient());
        Product product = refs.productOrExternal(actor, imm);
        LocalDate on = occurrence(imm);
        String where = null;
        if (imm.hasLocation()) {
            where = imm.getLocation().hasDisplay() ? imm.getLocation().getDisplay() : imm.getLocation().getReference();
        } else if (imm.getPerformerFirstRep().hasActor()) {
            Reference performer = imm.getPerformerFirstRep().getActor();
            where = performer.hasDisplay() ? performer.getDisplay() : performer.getReference();
        }
        UUID id = doseId(imm);
        return new HistoricalDoseRequest(id != null ? id : fallbackId, person, product.id(), on,
                imm.hasLotNumber() ? imm.getLotNumber() : null, where);
    }

    private static void requireCompleted(Immunization imm) {
        if (imm.getStatus() != Immunization.ImmunizationStatus.COMPLETED) {
            throw unprocessable("status", "only completed immunizations are recorded (not " + imm.getStatus() + ")");
        }
    }

    private static LocalDate occurrence(Immunization imm) {
        if (!imm.hasOccurrenceDateTimeType() || imm.getOccurrenceDateTimeType().getValueAsString() == null
                || imm.getOccurrenceDateTimeType().getValueAsString().length() < 10) {
            throw unprocessable("occurrenceDateTime", "is required, to the day");
        }
        return LocalDate.parse(imm.getOccurrenceDateTimeType().getValueAsString().substring(0, 10));
    }

    /** The registry's request for a dose that an Immunization reports; refuses what the registry cannot keep. */
    private static DoseRequest request(Immunization imm, UUID fallbackId, ChunkReferences refs) {
        requireCompleted(imm);
        UUID person = refs.patient(imm.getPatient());
        Product product = refs.product(imm);
        if (!imm.hasLotNumber()) {
            throw unprocessable("lotNumber", "is required: a dose given at a site is taken from a lot in its stock");
        }
        UUID lot = refs.lot(imm.getLotNumber(), product);
        UUID site = refs.site(imm);
        LocalDate on = occurrence(imm);
        UUID id = doseId(imm);
        return new DoseRequest(id != null ? id : fallbackId, person, product.id(), lot, site, on, null, null);
    }

    /** One entry's outcome in a batch: the dose, or the refusal. */
    public record EntryOutcome(Recorded<Dose> recorded, VaxlineException refused) {
    }

    /**
     * A transaction (all entries in one database transaction: all recorded or none) or a batch (each on its own). Only
     * {@code POST Immunization} entries are taken.
     */
    public List<EntryOutcome> bundle(Actor actor, Bundle bundle) {
        boolean transaction = bundle.getType() == Bundle.BundleType.TRANSACTION;
        if (!transaction && bundle.getType() != Bundle.BundleType.BATCH) {
            throw new VaxlineException(FhirError.FHIR_RESOURCE_INVALID, "type: a Bundle posted to the base must be a transaction or a batch");
        }
        List<Immunization> entries = new ArrayList<>();
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            var e = bundle.getEntry().get(i);
            if (!(e.getResource() instanceof Immunization imm) || (e.hasRequest()
                    && e.getRequest().getMethod() != Bundle.HTTPVerb.POST)) {
                throw VaxlineException.field(FhirError.FHIR_RESOURCE_UNPROCESSABLE, "entry[" + i + "]",
                        "only POST of an Immunization is taken in a Bundle");
            }
            entries.add(imm);
        }
        return recordAll(actor, entries, null, transaction);
    }

    private static VaxlineException unprocessable(String field, String reason) {
        return ChunkReferences.unprocessable(field, reason);
    }

}
