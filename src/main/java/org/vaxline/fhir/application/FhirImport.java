package org.vaxline.fhir.application;

import ca.uhn.fhir.parser.DataFormatException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.vaxline.facility.application.Facilities;
import org.vaxline.fhir.mapping.Fhir;
import org.vaxline.fhir.mapping.PatientMapping;
import org.vaxline.person.application.RecordDeath;
import org.vaxline.person.application.RegisterPerson;
import org.vaxline.person.domain.IdentityDocument;
import org.vaxline.person.domain.IdentityType;
import org.vaxline.person.domain.NewPerson;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Savepoints;
import org.vaxline.platform.store.Store;
import org.vaxline.registryimport.application.ErrorReport;
import org.vaxline.registryimport.application.ProgressListener;
import org.vaxline.registryimport.domain.ImportSummary;
import org.vaxline.registryimport.domain.RowFault;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * {@code vaxline fhir import FILE|DIR}: FHIR R4 NDJSON files (one resource a line, read line by line) and Bundles
 * (JSON, read whole) into the registry, through its own use cases: Patients are registered as people, then
 * Immunizations recorded — those naming no vaxline site and lot as historical doses (given elsewhere, moving no stock).
 * A Patient's death (deceasedDateTime, to the day) is recorded with them ({@link RecordDeath}): they are due no more, and
 * their doses before it count; a death without its day (deceasedBoolean true, or a year alone) is refused.
 * Patients come first (a pass over every file), so an Immunization's {@code Patient/<id>} resolves to its person
 * whatever the file order. Ids come from the resources' ids (a UUID is kept as it is; anything else is hashed), so
 * a re-run adds nothing twice. Immunizations are recorded a chunk at a time ({@link FhirWrites#recordAll}). Each
 * refused resource is a line of the error report, as in the CSV import; an Immunization of a Patient refused in the
 * same run is refused too, naming that Patient's line (its doses are not attached to a person the run did not take).
 */
public final class FhirImport {
    /** Patients or Immunizations written in one transaction: large enough to spread its cost, small enough to hold. */
    static final int CHUNK = 500;
    private final Store store;
    private final RegisterPerson register;
    private final RecordDeath deaths;
    private final FhirWrites writes;
    private final Facilities facilities;

    public FhirImport(Store store, RegisterPerson register, RecordDeath deaths, FhirWrites writes, Facilities facilities) {
        this.store = store;
        this.register = register;
        this.deaths = deaths;
        this.writes = writes;
        this.facilities = facilities;
    }

    /**
     * @param provinceCode the province of people whose address names none of ours (e.g. records from abroad)
     */
    public ImportSummary run(Actor actor, Path input, String provinceCode, Path errorReport, ProgressListener progress) {
        if (provinceCode != null) {
            facilities.province(provinceCode).orElseThrow(() -> VaxlineException.notFound("province", provinceCode));
        }
        List<Path> files = files(input);
        long fileBytes = files.stream().mapToLong(FhirImport::size).sum();
        // two passes over the files (Patients, then Immunizations): progress runs over both
        long totalBytes = 2 * fileBytes;
        long started = System.nanoTime();
        Tally tally = new Tally();
        // person id of each Patient refused in the first pass: where it was, for its Immunizations' refusals
        Map<UUID, String> refusedPatients = new HashMap<>();
        List<Pending> chunk = new ArrayList<>(CHUNK);
        List<PendingPatient> patients = new ArrayList<>(CHUNK);
        try (ErrorReport report = new ErrorReport(errorReport)) {
            for (String pass : List.of("Patient", "Immunization")) {
                long bytesBefore = pass.equals("Patient") ? 0 : fileBytes;
                for (Path file : files) {
                    long base = bytesBefore;
                    each(file, (line, bytes, resource) -> {
                        if (resource == null || !resource.fhirType().equals(pass)) {
                            return;
                        }
                        tally.rows++;
                        if (resource instanceof Immunization imm) {
                            Immunization ready = prepared(imm);
                            String refusedPatient = refusedPatients.get(personOf(ready));
                            if (refusedPatient != null) {
                                fault(tally, report, line, file.getFileName() + " " + pass + "/" + imm.getIdElement().getIdPart(),
                                        VaxlineException.field(FhirError.FHIR_RESOURCE_UNPROCESSABLE, "patient",
                                                "its " + ready.getPatient().getReference() + " was refused (" + refusedPatient
                                                        + "): not recorded"));
                                return;
                            }
                            chunk.add(new Pending(line, file.getFileName() + " " + pass + "/" + imm.getIdElement().getIdPart(), ready,
                                    doseId(imm.getIdElement().getIdPart())));
                            if (chunk.size() >= CHUNK) {
                                recordChunk(actor, chunk, tally, report);
                                progress.progress(tally.rows, base + bytes, totalBytes);
                            }
                            return;
                        }
                        patients.add(new PendingPatient(line, file.getFileName() + " " + pass + "/"
                                + resource.getIdElement().getIdPart(), file.getFileName() + " line " + line, (Patient) resource));
                        if (patients.size() >= CHUNK) {
                            registerChunk(actor, patients, provinceCode, tally, report, refusedPatients);
                            progress.progress(tally.rows, base + bytes, totalBytes);
                        }
                    }, report, pass.equals("Patient"), tally);
                    registerChunk(actor, patients, provinceCode, tally, report, refusedPatients);
                    recordChunk(actor, chunk, tally, report);
                    bytesBefore += size(file);
                    progress.progress(tally.rows, bytesBefore, totalBytes);
                }
                report.writeHeld();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the error report " + errorReport + ": " + e.getMessage(), e);
        }
        progress.finished(tally.rows, totalBytes);
        return new ImportSummary(input, tally.rows, tally.created, tally.unchanged, 0, tally.failed,
                Duration.ofNanos(System.nanoTime() - started), errorReport);
    }

    private static final class Tally {
        long rows;
        long created;
        long unchanged;
        long failed;
    }

    private interface Each {
        void resource(long line, long bytesRead, IBaseResource resource);
    }

    /** Reads a file's resources: NDJSON line by line, a JSON file whole (a Bundle's entries, or one resource). */
    private static void each(Path file, Each each, ErrorReport report, boolean reportUnreadable, Tally tally) {
        String name = file.getFileName().toString();
        try {
            if (name.endsWith(".ndjson")) {
                try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    long line = 0;
                    long bytes = 0;
                    for (String text = in.readLine(); text != null; text = in.readLine()) {
                        line++;
                        bytes += text.getBytes(StandardCharsets.UTF_8).length + 1;
                        if (text.isBlank()) {
                            continue;
                        }
                        IBaseResource resource = parse(text, file, line, report, reportUnreadable, tally);
                        each.resource(line, bytes, resource);
                    }
                }
                return;
            }
            IBaseResource resource = parse(Files.readString(file, StandardCharsets.UTF_8), file, 1, report, reportUnreadable, tally);
            if (resource instanceof Bundle bundle) {
                for (int i = 0; i < bundle.getEntry().size(); i++) {
                    each.resource(i + 1, size(file), bundle.getEntry().get(i).getResource());
                }
            } else {
                each.resource(1, size(file), resource);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A line that is not a FHIR resource is reported once (in the first pass) and skipped. */
    private static IBaseResource parse(String text, Path file, long line, ErrorReport report, boolean reportUnreadable, Tally tally) {
        try {
            return Fhir.json().parseResource(text);
        } catch (DataFormatException | ClassCastException e) {
            if (reportUnreadable) {
                tally.rows++;
                tally.failed++;
                report.hold(List.of(new RowFault(line, file.getFileName().toString(), FhirError.FHIR_RESOURCE_INVALID.name(),
                        "not a FHIR R4 resource: " + e.getMessage())));
            }
            return null;
        }
    }

    /** A Patient read, waiting for its chunk: where it was (for the report, and for its Immunizations' refusals). */
    private record PendingPatient(long line, String where, String atLine, Patient patient) {
    }

    /**
     * Registers a chunk of Patients in one transaction, each behind a savepoint ({@link Savepoints}): one commit for the
     * chunk, not one per Patient, and who already holds their ids and documents read once for all of them. A refused
     * Patient is a line of the report, and its person id is kept so that its Immunizations are refused too.
     */
    private void registerChunk(Actor actor, List<PendingPatient> chunk, String provinceCode, Tally tally, ErrorReport report,
                               Map<UUID, String> refusedPatients) {
        if (chunk.isEmpty()) {
            return;
        }
        // each Patient as a registration, or why it cannot be one (checked before anything is read or written)
        List<Object> prepared = new ArrayList<>(chunk.size());
        for (PendingPatient p : chunk) {
            try {
                prepared.add(registration(p.patient(), provinceCode));
            } catch (VaxlineException e) {
                prepared.add(e);
            }
        }
        List<Object> outcomes = store.inTransaction(h -> {
            register.prefetch(prepared.stream().filter(Registration.class::isInstance)
                    .map(r -> ((Registration) r).person()).toList());
            List<Object> each = new ArrayList<>(chunk.size()); // made anew if the transaction runs again
            for (Object p : prepared) {
                if (p instanceof Registration r) {
                    try {
                        each.add(Savepoints.undoneIfThrown(h, () -> registerPatient(actor, r)));
                    } catch (VaxlineException e) {
                        each.add(e);
                    }
                } else {
                    each.add(p);
                }
            }
            return each;
        });
        for (int i = 0; i < chunk.size(); i++) {
            PendingPatient p = chunk.get(i);
            if (outcomes.get(i) instanceof VaxlineException e) {
                fault(tally, report, p.line(), p.where(), e);
                UUID refused = refusedPersonId(p.patient().getIdElement().getIdPart());
                if (refused != null) {
                    refusedPatients.put(refused, p.atLine());
                }
            } else {
                count(tally, (Boolean) outcomes.get(i));
            }
        }
        chunk.clear();
    }

    /** A Patient as the registry registers it: the person, and the day they died (null when alive). */
    private record Registration(NewPerson person, LocalDate diedOn) {
    }

    private Registration registration(Patient p, String defaultProvince) {
        UUID id = personId(p.getIdElement().getIdPart());
        LocalDate diedOn = null;
        var died = PatientMapping.deceased(p);
        if (died.isPresent()) {
            diedOn = PatientMapping.deathDay(died.get());
            if (diedOn == null) {
                // Registered alive, a dead person would be called and reminded; registered dead on a guessed day, their
                // doses after it would be refused and those before it could not be told apart: the day is needed.
                boolean dated = p.getDeceased() instanceof org.hl7.fhir.r4.model.DateTimeType;
                throw VaxlineException.field(FhirError.FHIR_RESOURCE_UNPROCESSABLE, dated ? "deceasedDateTime" : "deceasedBoolean",
                        "the person died, but " + (dated ? died.get() + " is not a day" : "on no day given")
                                + ": the registry records a death with its day (send deceasedDateTime), so it does not "
                                + "register this Patient (nor their Immunizations)");
            }
            try {
                // checked before the person is registered: a death that cannot be recorded leaves nothing written
                deaths.check(PatientMapping.birthDate(p), diedOn);
            } catch (VaxlineException e) {
                throw VaxlineException.field(FhirError.FHIR_RESOURCE_UNPROCESSABLE, "deceasedDateTime",
                        e.fieldErrors().getOrDefault("diedOn", e.getMessage()));
            }
        }
        // one of our document systems; else a passport by its v2 type (PPN); else the first document short enough to be
        // one (a record from elsewhere names documents of its own: kept as an "other" document)
        IdentityType type = null;
        String number = null;
        for (Identifier i : p.getIdentifier()) {
            if (i.hasValue() && PatientMapping.documentType(i.getSystem()) != null) {
                type = PatientMapping.documentType(i.getSystem());
                number = i.getValue();
                break;
            }
        }
        if (type == null) {
            Identifier passport = p.getIdentifier().stream().filter(i -> i.hasValue() && i.getType().getCoding().stream()
                    .anyMatch(c -> "PPN".equals(c.getCode()))).findFirst().orElse(null);
            Identifier other = p.getIdentifier().stream().filter(i -> i.hasValue() && i.getValue().length() <= 32).findFirst().orElse(null);
            if (passport != null) {
                // a passport of another country may not fit the ICAO form ours are checked against (Synthea's are
                // ten characters): it is still the person's document, kept as an "other" one
                number = passport.getValue();
                type = IdentityDocument.faults(IdentityType.PASSPORT, IdentityDocument.canonical(IdentityType.PASSPORT, number),
                        null, null, null).isEmpty() ? IdentityType.PASSPORT : IdentityType.OTHER;
            } else if (other != null) {
                type = IdentityType.OTHER;
                number = other.getValue();
            }
        }
        if (type == null) {
            throw VaxlineException.field(FhirError.FHIR_RESOURCE_UNPROCESSABLE, "identifier",
                    "a Patient needs an identity document (of at most 32 characters)");
        }
        String province = p.getAddress().stream().map(a -> a.getState()).filter(s -> s != null && facilities.province(s).isPresent())
                .findFirst().orElse(defaultProvince);
        if (province == null) {
            throw VaxlineException.field(FhirError.FHIR_RESOURCE_UNPROCESSABLE, "address.state",
                    "names no province of ours: give --province for people from elsewhere");
        }
        String phone = p.getTelecom().stream().filter(t -> t.getSystem() == ContactPoint.ContactPointSystem.PHONE)
                .map(ContactPoint::getValue).filter(v -> v != null && v.matches("\\+?84\\d{9}|0\\d{9}")).findFirst().orElse(null);
        return new Registration(new NewPerson(id, type, number, fullName(p), PatientMapping.birthDate(p),
                PatientMapping.sex(p.getGender()), phone, province, null, null, null, null), diedOn);
    }

    /** Registers the person (and their death); whether anything was new. */
    private boolean registerPatient(Actor actor, Registration r) {
        Recorded<org.vaxline.person.domain.Person> recorded = register.register(actor, r.person());
        if (r.diedOn() == null) {
            return recorded.isNew();
        }
        // a re-run finds the same day recorded (nothing more written); a record already dead on another day is a conflict
        return deaths.record(actor, recorded.value().id(), r.diedOn()).isNew() || recorded.isNew();
    }

    private static String fullName(Patient p) {
        HumanName name = p.getName().stream().filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL).findFirst()
                .orElse(p.getNameFirstRep());
        if (name.hasText()) {
            return name.getText();
        }
        // our names read family first, as Vietnamese ones do
        StringBuilder full = new StringBuilder(name.hasFamily() ? name.getFamily() : "");
        name.getGiven().forEach(g -> full.append(full.isEmpty() ? "" : " ").append(g.getValue()));
        return full.toString();
    }

    /** An Immunization read, waiting for its chunk: where it was, and the dose id its resource id stands for. */
    private record Pending(long line, String where, Immunization immunization, UUID fallbackId) {
    }

    /** Records a chunk of Immunizations together (see {@link FhirWrites#recordAll}); each refusal is a report line. */
    private void recordChunk(Actor actor, List<Pending> chunk, Tally tally, ErrorReport report) {
        if (chunk.isEmpty()) {
            return;
        }
        List<FhirWrites.EntryOutcome> outcomes = writes.recordAll(actor, chunk.stream().map(Pending::immunization).toList(),
                chunk.stream().map(Pending::fallbackId).toList(), false);
        for (int i = 0; i < chunk.size(); i++) {
            FhirWrites.EntryOutcome o = outcomes.get(i);
            if (o.refused() != null) {
                fault(tally, report, chunk.get(i).line(), chunk.get(i).where(), o.refused());
            } else {
                count(tally, o.recorded().isNew());
            }
        }
        chunk.clear();
    }

    private static void count(Tally tally, boolean created) {
        if (created) {
            tally.created++;
        } else {
            tally.unchanged++;
        }
    }

    private static void fault(Tally tally, ErrorReport report, long line, String where, VaxlineException e) {
        tally.failed++;
        report.hold(List.of(new RowFault(line, where, e.code().name(), e.getMessage())));
    }

    /** The Immunization as the registry takes it: its patient as one of our people, historical unless given here. */
    private Immunization prepared(Immunization imm) {
        Reference patient = imm.getPatient();
        if (patient.hasReference()) {
            String ref = patient.getReference();
            String id = ref.startsWith("urn:uuid:") ? ref.substring(9) : ref.substring(ref.indexOf('/') + 1);
            imm.setPatient(new Reference("Patient/" + personId(id)));
        }
        if (!givenHere(imm)) {
            imm.setPrimarySource(false);
        }
        return imm;
    }

    /** Whether the record names one of our sites and a lot number: then it is a dose from our stock. */
    private boolean givenHere(Immunization imm) {
        if (imm.hasPrimarySource() && !imm.getPrimarySource()) {
            return false;
        }
        String ref = imm.getLocation().getReference();
        if (ref == null || !ref.startsWith("Location/") || !imm.hasLotNumber()) {
            return false;
        }
        String key = ref.substring(9);
        UUID id = FhirReads.asUuid(key);
        return (id != null ? facilities.find(id) : facilities.byCode(key)).isPresent();
    }

    /** The person an Immunization prepared for the registry names ({@code Patient/<uuid>}), or null. */
    private static UUID personOf(Immunization imm) {
        String ref = imm.getPatient().getReference();
        return ref != null && ref.startsWith("Patient/") ? FhirReads.asUuid(ref.substring(8)) : null;
    }

    /** The person id of a refused Patient, or null when it had none to give. */
    private static UUID refusedPersonId(String fhirId) {
        try {
            return personId(fhirId);
        } catch (VaxlineException e) {
            return null;
        }
    }

    /** A person's id from a Patient's: a UUID is kept, anything else hashed into one. */
    static UUID personId(String fhirId) {
        fhirId = bare(fhirId);
        UUID uuid = FhirReads.asUuid(fhirId);
        if (fhirId == null || fhirId.isBlank()) {
            throw VaxlineException.field(FhirError.FHIR_RESOURCE_UNPROCESSABLE, "id", "the resource needs an id, so a re-run adds it once");
        }
        return uuid != null ? uuid : Ids.fromName("fhir:Patient:" + fhirId);
    }

    /** A Bundle entry's id may come as its full URL ({@code urn:uuid:…}). */
    private static String bare(String fhirId) {
        return fhirId != null && fhirId.startsWith("urn:uuid:") ? fhirId.substring(9) : fhirId;
    }

    static UUID doseId(String fhirId) {
        fhirId = bare(fhirId);
        if (fhirId == null || fhirId.isBlank()) {
            return null;
        }
        UUID uuid = FhirReads.asUuid(fhirId);
        return uuid != null ? uuid : Ids.fromName("fhir:Immunization:" + fhirId);
    }

    private static List<Path> files(Path input) {
        if (Files.isRegularFile(input)) {
            return List.of(input);
        }
        if (!Files.isDirectory(input)) {
            throw VaxlineException.field(PlatformError.VALIDATION_FAILED, "input", "no such file or folder: " + input);
        }
        try (Stream<Path> list = Files.list(input)) {
            List<Path> files = new ArrayList<>(list.filter(f -> f.toString().endsWith(".ndjson") || f.toString().endsWith(".json"))
                    .sorted().toList());
            if (files.isEmpty()) {
                throw VaxlineException.field(PlatformError.VALIDATION_FAILED, "input", input + " holds no .ndjson or .json file");
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
