package org.vaxline.fhir.application;

import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.ImmunizationRecommendation;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.vaxline.catalog.application.Catalog;
import org.vaxline.catalog.domain.Product;
import org.vaxline.facility.application.Facilities;
import org.vaxline.facility.domain.Facility;
import org.vaxline.facility.domain.Province;
import org.vaxline.fhir.mapping.FhirCodes;
import org.vaxline.fhir.mapping.ImmunizationMapping;
import org.vaxline.fhir.mapping.PatientMapping;
import org.vaxline.fhir.mapping.RecommendationMapping;
import org.vaxline.lot.application.LotAvailability;
import org.vaxline.lot.application.LotQueries;
import org.vaxline.lot.domain.LotState;
import org.vaxline.person.PersonModule;
import org.vaxline.person.application.PersonRecord;
import org.vaxline.person.domain.IdentityType;
import org.vaxline.person.domain.Person;
import org.vaxline.person.domain.PersonScope;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.http.Page;
import org.vaxline.platform.security.Actor;
import org.vaxline.registry.application.DoseQueries;
import org.vaxline.registry.application.DoseSearch;
import org.vaxline.registry.application.DoseView;
import org.vaxline.registry.application.PersonDoses;
import org.vaxline.registry.domain.Dose;
import org.vaxline.registry.domain.Schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads the registry as FHIR R4 resources, through the features' own application services (no SQL of theirs): people
 * through the person registry (scope checks and the access log included), doses through the dose registry's queries,
 * products, lots and facilities through their modules. Every person an answer shows is logged.
 */
public final class FhirReads {
    public static final String LOG_PURPOSE = "FHIR";
    private final Clock clock;
    private final PersonModule persons;
    private final DoseQueries doses;
    private final Catalog catalog;
    private final Facilities facilities;
    private final LotAvailability lots;
    private final LotQueries lotQueries;

    public FhirReads(Clock clock, PersonModule persons, DoseQueries doses, Catalog catalog, Facilities facilities,
                     LotAvailability lots, LotQueries lotQueries) {
        this.clock = clock;
        this.persons = persons;
        this.doses = doses;
        this.catalog = catalog;
        this.facilities = facilities;
        this.lots = lots;
        this.lotQueries = lotQueries;
    }

    // ---- Patient

    public Patient patient(Actor actor, UUID id) {
        return patient(persons.readPerson().read(actor, id));
    }

    private Patient patient(PersonRecord record) {
        Person p = record.person();
        return PatientMapping.toFhir(p, record.mergedFrom(), provinceName(p.provinceCode()));
    }

    private String provinceName(String code) {
        return code == null ? null : facilities.province(code).map(Province::name).orElse(null);
    }

    /**
     * @param identifier {@code [system|]value}; the registry's own {@code urn:uuid:} id, a document, or any number
     * @param name       words of the name, with or without diacritics
     * @param birthdate  a day (YYYY-MM-DD, optionally {@code eq})
     */
    public SearchResult searchPatients(Actor actor, String identifier, String name, String birthdate, String cursor, int count) {
        LocalDate born = birthdate == null ? null : day("birthdate", birthdate);
        List<PersonRecord> records;
        String next = null;
        if (identifier != null) {
            String system = identifier.contains("|") ? identifier.substring(0, identifier.indexOf('|')) : null;
            String value = identifier.contains("|") ? identifier.substring(identifier.indexOf('|') + 1) : identifier;
            if (value.startsWith("urn:uuid:") && (system == null || system.isEmpty() || FhirCodes.URN.equals(system))) {
                UUID id = uuid("identifier", value.substring("urn:uuid:".length()));
                records = List.of(persons.readPerson().read(actor, id));
            } else if (system != null && !system.isEmpty()) {
                IdentityType type = PatientMapping.documentType(system);
                if (type == null) {
                    return new SearchResult(List.of(), 0L, null);
                }
                records = persons.searchPersons().byDocument(actor, type, value, null).items();
            } else {
                Page<PersonRecord> page = persons.searchPersons().search(actor, value, null, cursor, count);
                records = page.items();
                next = page.next();
            }
            if (name != null) {
                records = records.stream().filter(r -> containsName(r.person(), name)).toList();
            }
        } else if (name != null) {
            Page<PersonRecord> page = persons.searchPersons().search(actor, name, null, cursor, count);
            records = page.items();
            next = page.next();
        } else if (born != null) {
            String scope = PersonScope.searchProvince(actor, null);
            Page<Person> page = persons.directory().survivors(scope, born, null, cursor == null ? null : uuid("_cursor", cursor), count);
            persons.logReads().logged(actor, page.items().stream().map(Person::id).toList(), LOG_PURPOSE);
            return new SearchResult(page.items().stream().map(p -> (Resource) PatientMapping.toFhir(p,
                    persons.directory().mergedInto(p.id()), provinceName(p.provinceCode()))).toList(), null, page.next());
        } else {
            throw new VaxlineException(FhirError.FHIR_SEARCH_INVALID,
                    "a Patient search needs identifier, name or birthdate (searching everyone is a bulk $export)");
        }
        if (born != null) {
            records = records.stream().filter(r -> born.equals(r.person().dateOfBirth())).toList();
        }
        return new SearchResult(records.stream().map(r -> (Resource) patient(r)).toList(), null, next);
    }

    private static boolean containsName(Person p, String name) {
        String have = org.vaxline.person.domain.PersonName.normalize(p.fullName());
        for (String word : org.vaxline.person.domain.PersonName.normalize(name).split("\\s+")) {
            if (!word.isEmpty() && !have.contains(word)) {
                return false;
            }
        }
        return true;
    }

    // ---- Immunization

    public Immunization immunization(Actor actor, UUID id) {
        DoseView view = doses.view(id).orElseThrow(() -> VaxlineException.notFound("Immunization", id));
        requireReadOf(actor, view.dose().personId());
        persons.logReads().logged(actor, List.of(view.dose().personId()), LOG_PURPOSE);
        return immunizations(List.of(view)).get(0);
    }

    /** What an Immunization search asks for. */
    public record ImmunizationQuery(UUID patient, List<String> dates, String vaccineCode, String lotNumber) {
    }

    public SearchResult searchImmunizations(Actor actor, ImmunizationQuery q, UUID after, int count, boolean countOnly,
                                            boolean withTotal) {
        List<UUID> personIds = null;
        String province = null;
        if (q.patient() != null) {
            requireReadOf(actor, q.patient());
            personIds = List.of(q.patient());
        } else if (!PersonScope.readsNationally(actor)) {
            // without a patient, a search reaches the doses given in the reader's province
            province = PersonScope.searchProvince(actor, null);
        }
        LocalDate from = null;
        LocalDate to = null;
        for (String date : q.dates() == null ? List.<String>of() : q.dates()) {
            DateRange r = DateRange.parse("date", date);
            from = r.from() == null ? from : from == null || r.from().isAfter(from) ? r.from() : from;
            to = r.to() == null ? to : to == null || r.to().isBefore(to) ? r.to() : to;
        }
        List<UUID> productIds = q.vaccineCode() == null ? null : productsMatching(q.vaccineCode());
        List<UUID> lotIds = q.lotNumber() == null ? null : lotsNumbered(q.lotNumber());
        DoseSearch search = new DoseSearch(personIds, productIds, lotIds, from, to, null, province, false);
        Long total = countOnly || withTotal ? doses.count(search) : null;
        if (countOnly) {
            return new SearchResult(List.of(), total, null);
        }
        Page<DoseView> page = doses.search(search, after, count);
        persons.logReads().logged(actor, page.items().stream().map(v -> v.dose().personId()).distinct().toList(), LOG_PURPOSE);
        return new SearchResult(new ArrayList<>(immunizations(page.items())), total, page.next());
    }

    /** Doses as Immunizations, each lot, product and site read once. */
    public List<Immunization> immunizations(List<DoseView> views) {
        Map<UUID, LotState> lotStates = lots.states(views.stream().map(v -> v.dose().lotId()).filter(java.util.Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(LotState::lotId, l -> l));
        Map<UUID, Optional<Product>> products = new HashMap<>();
        Map<UUID, Optional<Facility>> sites = new HashMap<>();
        List<Immunization> result = new ArrayList<>();
        for (DoseView v : views) {
            Dose d = v.dose();
            Product product = products.computeIfAbsent(d.productId(), catalog::product)
                    .orElseThrow(() -> new IllegalStateException("dose " + d.id() + " names an unknown product"));
            Facility site = d.siteId() == null ? null : sites.computeIfAbsent(d.siteId(), facilities::find).orElse(null);
            result.add(ImmunizationMapping.toFhir(d, v.reversal(), product, d.lotId() == null ? null : lotStates.get(d.lotId()), site));
        }
        return result;
    }

    private List<UUID> productsMatching(String token) {
        String system = token.contains("|") ? emptyToNull(token.substring(0, token.indexOf('|'))) : null;
        String code = token.contains("|") ? token.substring(token.indexOf('|') + 1) : token;
        return catalog.products(null, 10_000).stream().filter(p -> ImmunizationMapping.matches(p, system, code))
                .map(Product::id).toList();
    }

    private List<UUID> lotsNumbered(String number) {
        try {
            return List.of(lotQueries.resolve(number, null).id());
        } catch (VaxlineException e) {
            if (e.code() == PlatformError.NOT_FOUND) {
                return List.of();
            }
            throw e;
        }
    }

    private void requireReadOf(Actor actor, UUID personId) {
        Person p = persons.directory().describe(personId).orElseThrow(() -> VaxlineException.notFound("Patient", personId));
        PersonScope.requireRead(actor, p.id(), p.provinceCode(), null);
    }

    // ---- ImmunizationRecommendation

    public ImmunizationRecommendation recommendation(Actor actor, UUID personId) {
        requireReadOf(actor, personId);
        PersonDoses given = doses.ofPerson(personId);
        persons.logReads().logged(actor, List.of(given.personId()), LOG_PURPOSE);
        List<RecommendationMapping.SeriesStanding> standings = new ArrayList<>();
        for (Schedule s : given.schedules()) {
            Dose last = given.doses().stream().filter(d -> d.seriesCode().equals(s.seriesCode()))
                    .reduce((a, b) -> b).orElseThrow();
            standings.add(new RecommendationMapping.SeriesStanding(s, catalog.product(last.productId()).orElseThrow()));
        }
        LocalDate diedOn = persons.directory().describe(given.personId()).map(Person::diedOn).orElse(null);
        return RecommendationMapping.toFhir(given.personId(), standings, LocalDate.now(clock), diedOn);
    }

    // ---- Organization and Location

    public Organization organization(String id) {
        return org.vaxline.fhir.mapping.FacilityMapping.organization(facility(id));
    }

    public Location location(String id) {
        return org.vaxline.fhir.mapping.FacilityMapping.location(facility(id));
    }

    /** Facilities in code order after a cursor (a code), optionally of one province. */
    public List<Facility> facilities(String province, String afterCode, int count) {
        return facilities.list(new org.vaxline.facility.domain.FacilityFilter(province, null, null), afterCode, count);
    }

    private Facility facility(String idOrCode) {
        UUID id = asUuid(idOrCode);
        Optional<Facility> found = id != null ? facilities.find(id) : facilities.byCode(idOrCode);
        return found.orElseThrow(() -> VaxlineException.notFound("facility", idOrCode));
    }

    // ---- parameters

    static UUID asUuid(String text) {
        try {
            return text != null && text.length() == 36 ? UUID.fromString(text) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static UUID uuid(String parameter, String text) {
        UUID id = asUuid(text);
        if (id == null) {
            throw VaxlineException.field(FhirError.FHIR_SEARCH_INVALID, parameter, "is not a registry id (a UUID)");
        }
        return id;
    }

    private static LocalDate day(String parameter, String text) {
        DateRange r = DateRange.parse(parameter, text);
        if (r.from() == null || !r.from().equals(r.to())) {
            throw VaxlineException.field(FhirError.FHIR_SEARCH_INVALID, parameter, "must be one day, YYYY-MM-DD");
        }
        return r.from();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
