package org.vaxline.registryimport.application;

import org.vaxline.person.domain.IdentityDocument;
import org.vaxline.person.domain.IdentityType;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;
import org.vaxline.registryimport.domain.Column;
import org.vaxline.registryimport.domain.ImportError;
import org.vaxline.registryimport.domain.Outcome;
import org.vaxline.registryimport.domain.Values;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

import static org.vaxline.registryimport.application.DoseColumns.*;

/**
 * A doses file: each row names a person by identity document, a product and lot by code and number, a site by code;
 * resolved to ids and handed to the dose registry. The dose id is derived from the person's document, the product and
 * the day, so a re-run records nothing twice; the registry's own rules (stock, lot usable, interval) stay its own.
 */
final class DoseRows implements RowFormat<DoseRequest> {
    @Override
    public String kind() {
        return "doses";
    }

    private final PersonIdentities persons;
    private final DoseReferences references;
    private final DoseRecorder recorder;
    private final Clock clock;

    DoseRows(PersonIdentities persons, DoseReferences references, DoseRecorder recorder, Clock clock) {
        this.persons = persons;
        this.references = references;
        this.recorder = recorder;
        this.clock = clock;
    }

    static UUID doseId(IdentityType type, String number, String productCode, LocalDate givenOn) {
        return Ids.fromName("import:dose:" + type + ":" + IdentityDocument.canonical(type, number) + ":" + productCode
                + ":" + givenOn);
    }

    @Override
    public List<Column> columns() {
        return ALL;
    }

    /** The people the coming rows name, looked up one document type at a time (one statement each). */
    private final Map<String, UUID> peopleAhead = new HashMap<>();

    @Override
    public void lookAhead(List<Row> rows) {
        peopleAhead.clear();
        Map<IdentityType, Set<String>> wanted = new EnumMap<>(IdentityType.class);
        for (Row row : rows) {
            String typeText = row.value(ID_TYPE);
            String number = row.value(ID_NUMBER);
            Optional<IdentityType> type = typeText == null ? Optional.empty() : Values.identityType(typeText);
            if (type.isPresent() && number != null) {
                // a number that is not canonical-able is left for validate to report
                try {
                    wanted.computeIfAbsent(type.get(), t -> new HashSet<>()).add(IdentityDocument.canonical(type.get(), number));
                } catch (RuntimeException invalid) {
                    // validate names the fault
                }
            }
        }
        wanted.forEach((type, numbers) -> persons.peopleWith(type, numbers)
                .forEach((number, id) -> peopleAhead.put(type + " " + number, id)));
    }

    private Optional<UUID> personWith(IdentityType type, String canonicalNumber) {
        UUID ahead = peopleAhead.get(type + " " + canonicalNumber);
        return ahead != null ? Optional.of(ahead) : persons.personWith(type, canonicalNumber);
    }

    @Override
    public DoseRequest validate(Row row, RowFaults faults) {
        ALL.stream().filter(c -> row.value(c) == null)
                .forEach(c -> faults.add(c, ImportError.IMPORT_VALUE_INVALID, "required"));
        IdentityType type = PersonRows.parse(row, faults, ID_TYPE, Values::identityType, Values.ID_TYPES);
        LocalDate givenOn = PersonRows.parse(row, faults, GIVEN_ON, Values::date, Values.DATE_FORMATS);
        if (givenOn != null && givenOn.isAfter(LocalDate.now(clock))) {
            faults.add(GIVEN_ON, ImportError.IMPORT_VALUE_INVALID, "is after today (" + LocalDate.now(clock) + ")");
        }
        String number = row.value(ID_NUMBER);
        String product = row.value(PRODUCT);
        UUID personId = type == null || number == null ? null
                : found(faults, ID_NUMBER, personWith(type, IdentityDocument.canonical(type, number)),
                "no person registered with " + type + " " + number);
        UUID productId = product == null ? null : found(faults, PRODUCT, references.product(product), "no product " + product);
        String lot = row.value(LOT);
        UUID lotId = productId == null || lot == null ? null
                : found(faults, LOT, references.lot(product, lot), "no lot " + lot + " of product " + product);
        String site = row.value(SITE);
        UUID siteId = site == null ? null : found(faults, SITE, references.site(site), "no facility " + site);
        if (!faults.isEmpty()) {
            return null;
        }
        return new DoseRequest(doseId(type, number, product, givenOn), personId, productId, lotId, siteId, givenOn);
    }

    @Override
    public Outcome write(Actor actor, DoseRequest d) {
        boolean recorded = recorder.record(actor, d.doseId(), d.personId(), d.productId(), d.lotId(), d.siteId(), d.givenOn());
        return recorded ? Outcome.CREATED : Outcome.UNCHANGED;
    }

    @Override
    public boolean writesTogether() {
        return recorder instanceof ChunkedDoseRecorder;
    }

    @Override
    public List<Written> writeTogether(Actor actor, List<DoseRequest> requests) {
        List<ChunkedDoseRecorder.Dose> doses = requests.stream().map(d -> new ChunkedDoseRecorder.Dose(d.doseId(),
                d.personId(), d.productId(), d.lotId(), d.siteId(), d.givenOn())).toList();
        return ((ChunkedDoseRecorder) recorder).recordAll(actor, doses).stream()
                .map(r -> new Written(r.recorded() ? Outcome.CREATED : Outcome.UNCHANGED, r.failure())).toList();
    }

    @Override
    public Optional<Column> columnOf(String field) {
        return DoseColumns.ofField(field);
    }

    private static UUID found(RowFaults faults, Column column, Optional<UUID> id, String reason) {
        if (id.isEmpty()) {
            faults.add(column, ImportError.IMPORT_REFERENCE_UNKNOWN, reason);
        }
        return id.orElse(null);
    }
}
