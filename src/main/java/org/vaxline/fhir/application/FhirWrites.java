package org.vaxline.fhir.application;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Reference;
import org.vaxline.catalog.application.Catalog;
import org.vaxline.catalog.application.ExternalProducts;
import org.vaxline.catalog.domain.Product;
import org.vaxline.facility.application.Facilities;
import org.vaxline.facility.domain.Facility;
import org.vaxline.fhir.mapping.ImmunizationMapping;
import org.vaxline.fhir.mapping.PatientMapping;
import org.vaxline.lot.application.LotQueries;
import org.vaxline.person.application.PersonDirectory;
import org.vaxline.person.domain.IdentityType;
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
import java.util.Optional;
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
        List<Product> catalogue = catalog.products(null, 10_000);
        if (imm.hasPrimarySource() && !imm.getPrimarySource()) {
            return recordHistoricalDose.record(actor, historicalRequest(actor, imm, fallbackId, catalogue));
        }
        return recordDose.record(actor, request(imm, fallbackId, catalogue));
    }

    /**
     * Records Immunizations a chunk at a time: the doses from stock through {@link RecordDose#recordTogether} and the
     * historical ones in the same transaction, each answered or refused on its own (every refusal comes before its
     * first write), the catalog read once. With {@code allOrNothing} (a transaction Bundle) the first refusal undoes
     * the chunk and is thrown, naming its entry. Historical doses are recorded before those from stock, so a person's
     * series counts what was given elsewhere first.
     *
     * @param fallbackIds for each resource, its dose id when it has no identifier (null, or null entries: a new id)
     */
    public List<EntryOutcome> recordAll(Actor actor, List<Immunization> imms, List<UUID> fallbackIds, boolean allOrNothing) {
        List<Product> catalogue = catalog.products(null, 10_000);
        java.util.Map<String, UUID> resolved = new java.util.HashMap<>();
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
                    historical.add(historicalRequest(actor, imm, fallback, catalogue));
                    historicalAt.add(i);
                } else {
                    stock.add(request(imm, fallback, catalogue, resolved));
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

    private static VaxlineException entry(int i, VaxlineException e) {
        return new VaxlineException(e.code(), "entry[" + i + "]: " + e.getMessage(), e.fieldErrors(), e.details());
    }

    /** A dose given elsewhere as the resource reports it: lot number and place kept as reported, no site or lot of ours. */
    HistoricalDoseRequest historicalRequest(Actor actor, Immunization imm, UUID fallbackId, List<Product> catalogue) {
        requireCompleted(imm);
        UUID person = patient(imm.getPatient());
        Product product = productOrExternal(actor, imm, catalogue);
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
    DoseRequest request(Immunization imm, UUID fallbackId, List<Product> catalogue) {
        return request(imm, fallbackId, catalogue, new java.util.HashMap<>());
    }

    /** @param resolved lot and site lookups already made for this chunk (a Bundle names few lots and sites, often) */
    private DoseRequest request(Immunization imm, UUID fallbackId, List<Product> catalogue, java.util.Map<String, UUID> resolved) {
        requireCompleted(imm);
        UUID person = patient(imm.getPatient());
        Product product = product(imm, catalogue);
        if (!imm.hasLotNumber()) {
            throw unprocessable("lotNumber", "is required: a dose given at a site is taken from a lot in its stock");
        }
        UUID lot = resolved.get("lot|" + product.code() + "|" + imm.getLotNumber());
        if (lot == null) {
            try {
                lot = lots.resolve(imm.getLotNumber(), product.code()).id();
            } catch (VaxlineException e) {
                throw unprocessable("lotNumber", "no lot " + imm.getLotNumber() + " of " + product.code() + " is registered");
            }
            resolved.put("lot|" + product.code() + "|" + imm.getLotNumber(), lot);
        }
        Reference where = imm.hasLocation() ? imm.getLocation() : imm.getPerformerFirstRep().getActor();
        String siteKey = "site|" + where.getReference();
        UUID site = resolved.get(siteKey);
        if (site == null) {
            site = site(imm).id();
            resolved.put(siteKey, site);
        }
        LocalDate on = occurrence(imm);
        UUID id = doseId(imm);
        return new DoseRequest(id != null ? id : fallbackId, person, product.id(), lot, site, on, null, null);
    }

    private UUID patient(Reference ref) {
        if (ref.hasReference()) {
            String text = ref.getReference();
            String id = text.startsWith("Patient/") ? text.substring(8) : text;
            try {
                UUID uuid = UUID.fromString(id.startsWith("urn:uuid:") ? id.substring(9) : id);
                return persons.resolve(uuid);
            } catch (IllegalArgumentException e) {
                throw unprocessable("patient", "must reference Patient/<id> of this registry, or name an identity document");
            } catch (VaxlineException e) {
                throw unprocessable("patient", "no patient " + id + " in this registry");
            }
        }
        if (ref.hasIdentifier()) {
            IdentityType type = PatientMapping.documentType(ref.getIdentifier().getSystem());
            if (type == null) {
                throw unprocessable("patient.identifier.system", "is not a document system this registry keeps");
            }
            return persons.byIdentity(type, ref.getIdentifier().getValue())
                    .orElseThrow(() -> unprocessable("patient.identifier", "no patient holds this document"));
        }
        throw unprocessable("patient", "is required");
    }

    /**
     * A historical dose's product: from the catalog, else an external product already named by one of its codings,
     * else one created from its first coding (system and code).
     */
    private Product productOrExternal(Actor actor, Immunization imm, List<Product> catalogue) {
        Optional<Product> catalogued = catalogProduct(imm, catalogue);
        if (catalogued.isPresent()) {
            return catalogued.get();
        }
        for (var coding : imm.getVaccineCode().getCoding()) {
            if (coding.hasSystem() && coding.hasCode()) {
                Optional<Product> known = externalProducts.find(coding.getSystem(), coding.getCode());
                if (known.isPresent()) {
                    return known.get();
                }
            }
        }
        var first = imm.getVaccineCode().getCoding().stream().filter(c -> c.hasSystem() && c.hasCode()).findFirst()
                .orElseThrow(() -> unprocessable("vaccineCode", "needs a coding with a system and a code"));
        return externalProducts.obtain(actor, first.getSystem(), first.getCode(),
                first.hasDisplay() ? first.getDisplay() : imm.getVaccineCode().getText());
    }

    private static Optional<Product> catalogProduct(Immunization imm, List<Product> catalogue) {
        for (var coding : imm.getVaccineCode().getCoding()) {
            Optional<Product> found = catalogue.stream()
                    .filter(p -> ImmunizationMapping.matches(p, coding.getSystem(), coding.getCode())).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Product product(Immunization imm, List<Product> catalogue) {
        Optional<Product> found = catalogProduct(imm, catalogue);
        if (found.isPresent() && !found.get().outsideCatalog()) {
            return found.get();
        }
        throw unprocessable("vaccineCode", "names no product of the catalog");
    }

    private Facility site(Immunization imm) {
        Reference ref = imm.hasLocation() ? imm.getLocation() : imm.getPerformerFirstRep().getActor();
        String text = ref.getReference();
        if (text == null) {
            throw unprocessable("location", "is required: the vaxline site (Location/<id or code>) the dose was given at");
        }
        String key = text.substring(text.indexOf('/') + 1);
        UUID id = FhirReads.asUuid(key);
        return (id != null ? facilities.find(id) : facilities.byCode(key))
                .orElseThrow(() -> unprocessable("location", "no site " + key));
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
        return VaxlineException.field(FhirError.FHIR_RESOURCE_UNPROCESSABLE, field, reason);
    }

}
