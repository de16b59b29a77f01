package org.vaxline.certificate.application;

import org.vaxline.catalog.application.Catalog;
import org.vaxline.catalog.domain.Product;
import org.vaxline.catalog.domain.ProductCode;
import org.vaxline.certificate.domain.CertificateError;
import org.vaxline.certificate.domain.CertificateFormat;
import org.vaxline.certificate.domain.CertifiedDose;
import org.vaxline.certificate.domain.DccPayload;
import org.vaxline.certificate.domain.DdccDocument;
import org.vaxline.certificate.domain.FhirImmunization;
import org.vaxline.certificate.domain.RevocationId;
import org.vaxline.certificate.domain.Holder;
import org.vaxline.certificate.domain.IssuedCertificate;
import org.vaxline.certificate.domain.RevocationHashes;
import org.vaxline.certificate.domain.Uvci;
import org.vaxline.certificate.store.IssueLog;
import org.vaxline.facility.application.Facilities;
import org.vaxline.facility.domain.Facility;
import org.vaxline.lot.application.LotAvailability;
import org.vaxline.lot.domain.LotState;
import org.vaxline.person.application.PersonDirectory;
import org.vaxline.person.domain.Person;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;
import org.vaxline.platform.store.Store;
import org.vaxline.registry.application.DoseQueries;
import org.vaxline.registry.domain.Dose;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Issues a signed certificate of a person's recorded doses (reversed ones left out; a merged person's doses count for
 * the survivor): the latest dose, or the one named, with its number and the regimen's total. Every issue is logged,
 * and the person's record counts as read.
 */
public final class IssueCertificate {
    private final Store store;
    private final Clock clock;
    private final PersonDirectory persons;
    private final DoseQueries doses;
    private final Catalog catalog;
    private final LotAvailability lots;
    private final Facilities facilities;
    private final ManageKeys keys;
    private final CertificateSettings settings;
    private final IssueLog log;
    private final PersonReads reads;

    public IssueCertificate(Store store, Clock clock, PersonDirectory persons, DoseQueries doses, Catalog catalog,
                            LotAvailability lots, Facilities facilities, ManageKeys keys, CertificateSettings settings,
                            IssueLog log, PersonReads reads) {
        this.store = store;
        this.clock = clock;
        this.persons = persons;
        this.doses = doses;
        this.catalog = catalog;
        this.lots = lots;
        this.facilities = facilities;
        this.keys = keys;
        this.settings = settings;
        this.log = log;
        this.reads = reads;
    }

    /** @param doseId the dose to certify, or null for the person's latest */
    public Issued issue(Actor actor, UUID personId, CertificateFormat format, UUID doseId) {
        UUID survivor = persons.resolve(personId);
        Person person = persons.describe(survivor).orElseThrow(() -> VaxlineException.notFound("person", personId));
        requireMayIssue(actor, person);
        List<Dose> given = doses.givenTo(survivor);
        Dose dose = doseId == null ? given.stream().max(Comparator.comparing(Dose::givenOn).thenComparing(Dose::doseNumber)).orElseThrow(
                () -> new VaxlineException(CertificateError.CERTIFICATE_NO_DOSES, "person " + personId + " has no recorded dose"))
                : given.stream().filter(d -> d.id().equals(doseId)).findFirst().orElseThrow(() -> VaxlineException.field(
                CertificateError.CERTIFICATE_NO_DOSES, "dose", doseId + " is not a recorded dose of person " + personId));
        CertifiedDose certified = certified(dose);
        List<String> missing = switch (format) {
            case HC1 -> DccPayload.missingCodes(certified);
            case SHC -> FhirImmunization.missingCodes(certified);
            case DDCC -> java.util.stream.Stream.concat(DccPayload.missingCodes(certified).stream(),
                    DdccDocument.missingCodes(certified).stream()).distinct().toList();
        };
        if (!missing.isEmpty()) {
            throw new VaxlineException(CertificateError.CERTIFICATE_PRODUCT_UNCODED, "product " + certified.productName()
                    + " has no code for " + missing + " in the catalog", Map.of("productCodes", "missing " + missing), Map.of());
        }
        SigningKey key = keys.current();
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofDays(settings.certificateDays()));
        if (expires.isAfter(key.notAfter())) {
            expires = key.notAfter();
        }
        UUID id = Ids.newId();
        String uvci = Uvci.of(settings.country(), id);
        Holder holder = Holder.of(survivor, person.fullName(), person.dateOfBirth(), person.sex() == null ? null : person.sex().name());
        String text;
        Map<String, Object> payload;
        String kid;
        RevocationHashes hashes = null;
        if (format == CertificateFormat.HC1 || format == CertificateFormat.DDCC) {
            // a DDCC:VS travels in its QR code as an EU DCC of the same facts, one of the frameworks WHO accepts
            payload = DccPayload.vaccination(holder, certified, settings.country(), settings.issuer(), uvci);
            CoseSign1 cose = Hc1Signer.sign(payload, settings.country(), now, expires, key);
            text = Hc1.encode(cose.encode());
            kid = key.kidBase64();
            hashes = RevocationHashes.of(uvci, settings.country(), cose.signature(), true);
            if (format == CertificateFormat.DDCC) {
                payload = DdccDocument.bundle(id, uvci, holder, certified, settings.country(), settings.issuer(), now, expires);
            }
        } else {
            List<CertifiedDose> history = seriesUpTo(given, dose);
            payload = Shc.payload(settings.issuerUrl(), now, expires, FhirImmunization.shcBundle(holder, history), RevocationId.of(uvci));
            text = Shc.numeric(Shc.sign(payload, key));
            kid = Shc.thumbprint(key.certificate().getPublicKey());
        }
        IssuedCertificate entry = new IssuedCertificate(id, uvci, survivor, person.provinceCode(), dose.id(), format,
                kid, now, expires, actor.name(), hashes);
        store.inTransaction(h -> {
            log.append(h, entry);
            reads.logged(actor, List.of(survivor), "CERTIFICATE");
            return null;
        });
        return new Issued(entry, text, payload);
    }

    /** The doses of the certified dose's series given up to it, in order: what a health card lists. */
    private List<CertifiedDose> seriesUpTo(List<Dose> given, Dose dose) {
        return given.stream().filter(d -> java.util.Objects.equals(d.seriesCode(), dose.seriesCode()) && !d.givenOn().isAfter(dose.givenOn()))
                .sorted(Comparator.comparing(Dose::givenOn).thenComparing(Dose::doseNumber)).map(this::certified).toList();
    }

    private CertifiedDose certified(Dose dose) {
        Product product = catalog.product(dose.productId()).orElseThrow(() -> VaxlineException.notFound("product", dose.productId()));
        Map<String, String> codes = new LinkedHashMap<>();
        for (ProductCode code : product.codes()) {
            codes.putIfAbsent(code.system(), code.code());
        }
        // a historical dose, given elsewhere, carries its lot number as reported and no site of ours
        String lot = dose.lotId() == null ? dose.reportedLotNumber() : lots.state(dose.lotId()).map(LotState::lotNumber).orElse(null);
        String site = dose.siteId() == null ? dose.givenElsewhere() : facilities.find(dose.siteId()).map(Facility::name).orElse(null);
        return new CertifiedDose(dose.id(), dose.givenOn(), dose.doseNumber(), product.doseCount(), product.name(), codes, lot, site);
    }

    /** Staff issue certificates of people in their province; national admins of anyone; auditors only read. */
    private static void requireMayIssue(Actor actor, Person person) {
        boolean allowed = actor.role() == Role.NATIONAL_ADMIN
                || (actor.role() != Role.AUDITOR && actor.provinceCode() != null && actor.provinceCode().equals(person.provinceCode()));
        if (!allowed) {
            throw new VaxlineException(PlatformError.FORBIDDEN, actor.name() + " (" + actor.role()
                    + ") may not issue certificates of people in province " + person.provinceCode());
        }
    }
}
