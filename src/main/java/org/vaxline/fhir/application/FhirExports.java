package org.vaxline.fhir.application;

import org.hl7.fhir.r4.model.Resource;
import org.vaxline.fhir.mapping.NdjsonLines;
import org.vaxline.fhir.mapping.PatientMapping;
import org.vaxline.person.PersonModule;
import org.vaxline.person.application.AccessLog;
import org.vaxline.person.domain.Person;
import org.vaxline.person.domain.PersonScope;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.http.Page;
import org.vaxline.platform.security.Actor;
import org.vaxline.registry.application.DoseQueries;
import org.vaxline.registry.application.DoseSearch;
import org.vaxline.registry.application.DoseView;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bulk Data export (the FHIR Bulk Data Access async pattern): a kick-off starts a job that writes one NDJSON file per
 * resource type into a folder of its own, page by page through the registries' services (every person exported is in
 * the access log), each line written by {@link NdjsonLines}; the client polls until the manifest is ready. Jobs live
 * as long as the server (not persisted).
 */
public final class FhirExports {
    public static final Set<String> TYPES = Set.of("Patient", "Immunization");
    private static final int PAGE = 1000;
    private final Clock clock;
    private final PersonModule persons;
    private final DoseQueries doses;
    private final FhirReads reads;
    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fhir-export");
        t.setDaemon(true);
        return t;
    });

    public FhirExports(Clock clock, PersonModule persons, DoseQueries doses, FhirReads reads) {
        this.clock = clock;
        this.persons = persons;
        this.doses = doses;
        this.reads = reads;
    }

    /** One export: its request, and when done its files with their counts, or the failure. */
    public static final class Job {
        public final UUID id;
        public final String owner;
        public final String request;
        public final Instant transactionTime;
        public final Path folder;
        public final Map<String, Long> counts = new LinkedHashMap<>();
        public volatile boolean done;
        public volatile String error;

        Job(UUID id, String owner, String request, Instant transactionTime, Path folder) {
            this.id = id;
            this.owner = owner;
            this.request = request;
            this.transactionTime = transactionTime;
            this.folder = folder;
        }
    }

    /**
     * @param province only this province's people and the doses given there (null: the country, for national readers)
     * @param types    the resource types asked for (null: all)
     */
    public Job start(Actor actor, String request, String province, List<String> types, Instant since) {
        String scope = PersonScope.searchProvince(actor, province);
        List<String> asked = types == null ? List.of("Patient", "Immunization") : types;
        for (String t : asked) {
            if (!TYPES.contains(t)) {
                throw VaxlineException.field(FhirError.FHIR_SEARCH_INVALID, "_type", t + " is not exported; exported: Patient, Immunization");
            }
        }
        Path folder;
        try {
            folder = Files.createTempDirectory("vaxline-fhir-export-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Job job = new Job(UUID.randomUUID(), actor.name(), request, clock.instant(), folder);
        jobs.put(job.id, job);
        worker.submit(() -> {
            try {
                for (String type : asked) {
                    job.counts.put(type, type.equals("Patient") ? patients(actor, scope, since, job) : immunizations(scope, since, job));
                }
            } catch (RuntimeException e) {
                job.error = e.getMessage();
            } finally {
                job.done = true;
            }
        });
        return job;
    }

    public Job job(Actor actor, UUID id) {
        Job job = jobs.get(id);
        if (job == null || !job.owner.equals(actor.name())) {
            throw new VaxlineException(FhirError.FHIR_EXPORT_NOT_READY, "no export " + id + " of yours");
        }
        return job;
    }

    public void cancel(Actor actor, UUID id) {
        jobs.remove(job(actor, id).id);
    }

    private long patients(Actor actor, String province, Instant since, Job job) {
        long n = 0;
        try (Writer file = Files.newBufferedWriter(job.folder.resolve("Patient.ndjson"), StandardCharsets.UTF_8);
             NdjsonLines out = new NdjsonLines(file)) {
            UUID after = null;
            // each page's log entries are committed while the page is written; all are awaited before the job is done
            List<AccessLog.Logged> logged = new ArrayList<>();
            do {
                Page<Person> page = persons.directory().survivors(province, null, since, after, PAGE);
                logged.add(persons.logReads().loggingPeople(actor, page.items(), "FHIR_EXPORT"));
                for (Person p : page.items()) {
                    out.write(PatientMapping.toFhir(p, List.of(), null));
                    n++;
                }
                after = page.next() == null ? null : UUID.fromString(page.next());
            } while (after != null);
            logged.forEach(AccessLog.Logged::await);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    private long immunizations(String province, Instant since, Job job) {
        long n = 0;
        DoseSearch search = new DoseSearch(null, null, null, null, null, since, province, true);
        try (Writer file = Files.newBufferedWriter(job.folder.resolve("Immunization.ndjson"), StandardCharsets.UTF_8);
             NdjsonLines out = new NdjsonLines(file)) {
            UUID after = null;
            do {
                Page<DoseView> page = doses.search(search, after, PAGE);
                for (Resource r : reads.immunizations(page.items())) {
                    out.write(r);
                    n++;
                }
                after = page.next() == null ? null : UUID.fromString(page.next());
            } while (after != null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    /** The files of a finished job, by type. */
    public static List<String> files(Job job) {
        return new ArrayList<>(job.counts.keySet());
    }
}
