package org.vaxline.fhir.application;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Reference;
import org.vaxline.catalog.application.Catalog;
import org.vaxline.catalog.application.ExternalProducts;
import org.vaxline.catalog.domain.Product;
import org.vaxline.facility.application.Facilities;
import org.vaxline.fhir.mapping.ImmunizationMapping;
import org.vaxline.fhir.mapping.PatientMapping;
import org.vaxline.lot.application.LotQueries;
import org.vaxline.person.application.PersonDirectory;
import org.vaxline.person.domain.IdentityDocument;
import org.vaxline.person.domain.IdentityType;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.security.Actor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a chunk of Immunizations (a Bundle, an import chunk) refers to, each looked up once for the chunk: its patients
 * by id in one statement ({@link PersonDirectory#resolveAll}) and by document in one per document type, its products
 * by coding, its lots and sites by name. A Bundle names a thousand patients but few products, lots and sites: looked
 * up entry by entry, they cost more than recording the doses. Each answer, or refusal, is the one an entry alone gets.
 */
final class ChunkReferences {
    /** Document numbers in one look-up: as {@link PersonDirectory#resolveAll}'s IN lists. */
    private static final int IN_LIST = 1024;
    private final List<Product> catalogue;
    private final ExternalProducts externalProducts;
    private final Facilities facilities;
    private final LotQueries lots;
    /** Survivor of each person id the chunk names; an id of no one is absent. */
    private final Map<UUID, UUID> survivors;
    /** Survivor of each document the chunk names (canonical number), by type; a document nobody holds is absent. */
    private final Map<IdentityType, Map<String, UUID>> holders = new HashMap<>();
    private final Map<CodeKey, Optional<Product>> catalogued = new HashMap<>();
    private final Map<CodeKey, Optional<Product>> external = new HashMap<>();
    private final Map<String, UUID> lotIds = new HashMap<>();
    private final Map<String, UUID> siteIds = new HashMap<>();

    /** A coding's system (null when it has none) and code: the key products are looked up by. */
    private record CodeKey(String system, String code) {
        static CodeKey of(Coding c) {
            return new CodeKey(c.getSystem(), c.getCode());
        }
    }

    ChunkReferences(Collection<Immunization> chunk, PersonDirectory persons, Catalog catalog, ExternalProducts externalProducts,
                    Facilities facilities, LotQueries lots) {
        this.catalogue = catalog.products(null, 10_000);
        this.externalProducts = externalProducts;
        this.facilities = facilities;
        this.lots = lots;
        Set<UUID> ids = new LinkedHashSet<>();
        Map<IdentityType, Set<String>> documents = new HashMap<>();
        for (Immunization imm : chunk) {
            Reference ref = imm.getPatient();
            if (ref.hasReference()) {
                UUID id = referencedId(ref.getReference());
                if (id != null) {
                    ids.add(id);
                }
            } else if (ref.hasIdentifier() && ref.getIdentifier().getValue() != null) {
                IdentityType type = PatientMapping.documentType(ref.getIdentifier().getSystem());
                if (type != null) {
                    documents.computeIfAbsent(type, t -> new LinkedHashSet<>())
                            .add(IdentityDocument.canonical(type, ref.getIdentifier().getValue()));
                }
            }
        }
        this.survivors = persons.resolveAll(ids);
        documents.forEach((type, numbers) -> {
            List<String> all = new ArrayList<>(numbers);
            Map<String, UUID> found = new HashMap<>();
            for (int from = 0; from < all.size(); from += IN_LIST) {
                found.putAll(persons.byIdentities(type, all.subList(from, Math.min(all.size(), from + IN_LIST))));
            }
            holders.put(type, found);
        });
    }

    /** The person a {@code Patient/<id>} (or {@code urn:uuid:<id>}) reference names; null when it is no UUID. */
    private static UUID referencedId(String text) {
        String id = text.startsWith("Patient/") ? text.substring(8) : text;
        try {
            return UUID.fromString(id.startsWith("urn:uuid:") ? id.substring(9) : id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The surviving record of the person the reference names: by our id, or by an identity document. */
    UUID patient(Reference ref) {
        if (ref.hasReference()) {
            String text = ref.getReference();
            UUID id = referencedId(text);
            if (id == null) {
                throw unprocessable("patient", "must reference Patient/<id> of this registry, or name an identity document");
            }
            UUID survivor = survivors.get(id);
            if (survivor == null) {
                throw unprocessable("patient", "no patient " + (text.startsWith("Patient/") ? text.substring(8) : text)
                        + " in this registry");
            }
            return survivor;
        }
        if (ref.hasIdentifier()) {
            IdentityType type = PatientMapping.documentType(ref.getIdentifier().getSystem());
            if (type == null) {
                throw unprocessable("patient.identifier.system", "is not a document system this registry keeps");
            }
            String number = IdentityDocument.canonical(type, ref.getIdentifier().getValue());
            UUID holder = number == null ? null : holders.getOrDefault(type, Map.of()).get(number);
            if (holder == null) {
                throw unprocessable("patient.identifier", "no patient holds this document");
            }
            return holder;
        }
        throw unprocessable("patient", "is required");
    }

    /** A dose from stock's product: one of the catalog's. */
    Product product(Immunization imm) {
        Optional<Product> found = catalogProduct(imm);
        if (found.isPresent() && !found.get().outsideCatalog()) {
            return found.get();
        }
        throw unprocessable("vaccineCode", "names no product of the catalog");
    }

    /**
     * A historical dose's product: from the catalog, else an external product already named by one of its codings,
     * else one created from its first coding (system and code).
     */
    Product productOrExternal(Actor actor, Immunization imm) {
        Optional<Product> fromCatalog = catalogProduct(imm);
        if (fromCatalog.isPresent()) {
            return fromCatalog.get();
        }
        for (Coding coding : imm.getVaccineCode().getCoding()) {
            if (coding.hasSystem() && coding.hasCode()) {
                Optional<Product> known = external.computeIfAbsent(CodeKey.of(coding),
                        k -> externalProducts.find(k.system(), k.code()));
                if (known.isPresent()) {
                    return known.get();
                }
            }
        }
        Coding first = imm.getVaccineCode().getCoding().stream().filter(c -> c.hasSystem() && c.hasCode()).findFirst()
                .orElseThrow(() -> unprocessable("vaccineCode", "needs a coding with a system and a code"));
        Product made = externalProducts.obtain(actor, first.getSystem(), first.getCode(),
                first.hasDisplay() ? first.getDisplay() : imm.getVaccineCode().getText());
        external.put(CodeKey.of(first), Optional.of(made));
        return made;
    }

    private Optional<Product> catalogProduct(Immunization imm) {
        for (Coding coding : imm.getVaccineCode().getCoding()) {
            Optional<Product> found = catalogued.computeIfAbsent(CodeKey.of(coding), k -> catalogue.stream()
                    .filter(p -> ImmunizationMapping.matches(p, k.system(), k.code())).findFirst());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The registered lot of this number of the product. */
    UUID lot(String number, Product product) {
        String key = product.code() + "|" + number;
        UUID lot = lotIds.get(key);
        if (lot == null) {
            try {
                lot = lots.resolve(number, product.code()).id();
            } catch (VaxlineException e) {
                throw unprocessable("lotNumber", "no lot " + number + " of " + product.code() + " is registered");
            }
            lotIds.put(key, lot);
        }
        return lot;
    }

    /** The vaxline site the dose was given at: its location, else its performer ({@code Location/<id or code>}). */
    UUID site(Immunization imm) {
        Reference ref = imm.hasLocation() ? imm.getLocation() : imm.getPerformerFirstRep().getActor();
        String text = ref.getReference();
        if (text == null) {
            throw unprocessable("location", "is required: the vaxline site (Location/<id or code>) the dose was given at");
        }
        UUID site = siteIds.get(text);
        if (site == null) {
            String key = text.substring(text.indexOf('/') + 1);
            UUID id = FhirReads.asUuid(key);
            site = (id != null ? facilities.find(id) : facilities.byCode(key))
                    .orElseThrow(() -> unprocessable("location", "no site " + key)).id();
            siteIds.put(text, site);
        }
        return site;
    }

    static VaxlineException unprocessable(String field, String reason) {
        return VaxlineException.field(FhirError.FHIR_RESOURCE_UNPROCESSABLE, field, reason);
    }
}
