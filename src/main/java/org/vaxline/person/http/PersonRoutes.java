package org.vaxline.person.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.vaxline.person.application.CorrectPerson;
import org.vaxline.person.application.ListPersonReads;
import org.vaxline.person.application.PersonCorrections;
import org.vaxline.person.application.MergePersons;
import org.vaxline.person.application.PersonRecord;
import org.vaxline.person.application.PriorityGroups;
import org.vaxline.person.application.ReadPerson;
import org.vaxline.person.application.RecordDeath;
import org.vaxline.person.application.RegisterPerson;
import org.vaxline.person.application.SearchPersons;
import org.vaxline.person.domain.CorrectionRequest;
import org.vaxline.person.domain.IdentityType;
import org.vaxline.person.domain.NewPerson;
import org.vaxline.person.domain.Person;
import org.vaxline.person.domain.PersonMerge;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.http.Page;
import org.vaxline.platform.http.Requests;
import org.vaxline.platform.http.Routes;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.security.Actor;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.vaxline.platform.http.HttpServer.API;

/**
 * The person registry over HTTP: registration, search, single reads, the access log, corrections, merges, deaths,
 * priority groups.
 */
public final class PersonRoutes implements Routes {
    private static final String PERSONS = API + "/persons";
    private final RegisterPerson registerPerson;
    private final SearchPersons searchPersons;
    private final ReadPerson readPerson;
    private final ListPersonReads listReads;
    private final MergePersons mergePersons;
    private final PriorityGroups priorityGroups;
    private final CorrectPerson correctPerson;
    private final PersonCorrections corrections;
    private final RecordDeath recordDeath;

    public PersonRoutes(RegisterPerson registerPerson, SearchPersons searchPersons, ReadPerson readPerson,
                        ListPersonReads listReads, MergePersons mergePersons, PriorityGroups priorityGroups,
                        CorrectPerson correctPerson, PersonCorrections corrections, RecordDeath recordDeath) {
        this.correctPerson = correctPerson;
        this.recordDeath = recordDeath;
        this.corrections = corrections;
        this.registerPerson = registerPerson;
        this.searchPersons = searchPersons;
        this.readPerson = readPerson;
        this.listReads = listReads;
        this.mergePersons = mergePersons;
        this.priorityGroups = priorityGroups;
    }

    record MergeBody(UUID id, UUID duplicateId, String reason) {
    }

    record DeathBody(java.time.LocalDate diedOn) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PERSONS, this::search);
        routes.post(PERSONS, this::create);
        routes.get(PERSONS + "/{id}", ctx -> ctx.json(PersonView.of(readPerson.read(Requests.actor(ctx), Requests.pathId(ctx, "id"),
                ctx.queryParam("reason")))));
        routes.post(PERSONS + "/{id}/corrections", this::correct);
        routes.get(PERSONS + "/{id}/corrections", ctx -> {
            var history = corrections.history(Requests.actor(ctx), Requests.pathId(ctx, "id"), ctx.queryParam("reason"));
            ctx.json(new Page<>(history.corrections().stream().map(CorrectionView::of).toList(), null));
        });
        routes.get(PERSONS + "/{id}/reads", ctx -> ctx.json(listReads.reads(Requests.actor(ctx), Requests.pathId(ctx, "id"),
                Requests.cursor(ctx), Requests.limit(ctx))));
        routes.post(PERSONS + "/{id}/merge", this::merge);
        routes.post(PERSONS + "/{id}/death", this::death);
        routes.get(API + "/priority-groups", ctx -> {
            Requests.actor(ctx);
            ctx.json(Map.of("items", priorityGroups.all()));
        });
    }

    /** By text within the reader's province (or nationally), or by one identity document anywhere. */
    private void search(Context ctx) {
        Actor actor = Requests.actor(ctx);
        String type = ctx.queryParam("identityType");
        String number = ctx.queryParam("identityNumber");
        Page<PersonRecord> page;
        if (present(type) || present(number)) {
            if (present(ctx.queryParam("q"))) {
                throw new VaxlineException(PlatformError.MALFORMED_REQUEST, "q: give either q or identityType and identityNumber",
                        Map.of("q", "not with identityType and identityNumber"), Map.of());
            }
            page = searchPersons.byDocument(actor, identityType(type), number, ctx.queryParam("reason"));
        } else {
            page = searchPersons.search(actor, ctx.queryParam("q"), ctx.queryParam("province"), ctx.queryParam("cursor"),
                    Requests.limit(ctx));
        }
        ctx.json(new Page<>(page.items().stream().map(PersonView::of).toList(), page.next()));
    }

    private void create(Context ctx) {
        NewPerson body = Requests.body(ctx, NewPerson.class);
        NewPerson request = new NewPerson(Requests.clientId(ctx, body.id()), body.identityType(), body.identityNumber(),
                body.fullName(), body.dateOfBirth(), body.sex(), body.phone(), body.provinceCode(), body.communeId(),
                body.priorityGroup(), body.registeredAt(), body.confirmNotDuplicate());
        Actor actor = Requests.actor(ctx);
        Recorded<Person> recorded = registerPerson.register(actor, request);
        Person p = recorded.value();
        // The registrar gets back what they wrote; it is not a read of someone else's record, so it is not logged.
        Requests.created(ctx, recorded.isNew(), PERSONS + "/" + p.id(), PersonView.of(p, List.of()));
    }

    private void correct(Context ctx) {
        CorrectionRequest body = Requests.body(ctx, CorrectionRequest.class);
        UUID person = Requests.pathId(ctx, "id");
        CorrectionRequest request = new CorrectionRequest(Requests.clientId(ctx, body.id()), body.fullName(), body.dateOfBirth(),
                body.sex(), body.phone(), body.provinceCode(), body.communeId(), body.priorityGroup(), body.identityType(),
                body.identityNumber(), body.reason());
        Recorded<PersonRecord> recorded = correctPerson.correct(Requests.actor(ctx), person, request);
        // The corrector gets back what they wrote, as registration does: not logged as a read.
        Requests.created(ctx, recorded.isNew(), PERSONS + "/" + person + "/corrections", PersonView.of(recorded.value()));
    }

    private void death(Context ctx) {
        DeathBody body = Requests.body(ctx, DeathBody.class);
        UUID person = Requests.pathId(ctx, "id");
        Recorded<PersonRecord> recorded = recordDeath.record(Requests.actor(ctx), person, body.diedOn());
        // The recorder gets back what they wrote, as a correction does: not logged as a read.
        Requests.created(ctx, recorded.isNew(), PERSONS + "/" + person, PersonView.of(recorded.value()));
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static IdentityType identityType(String text) {
        if (!present(text)) {
            return null;
        }
        try {
            return IdentityType.valueOf(text.trim());
        } catch (IllegalArgumentException e) {
            throw new VaxlineException(PlatformError.MALFORMED_REQUEST, "identityType: must be CCCD, PASSPORT or OTHER",
                    Map.of("identityType", "must be CCCD, PASSPORT or OTHER"), Map.of());
        }
    }

    private void merge(Context ctx) {
        MergeBody body = Requests.body(ctx, MergeBody.class);
        UUID survivor = Requests.pathId(ctx, "id");
        Recorded<PersonMerge> recorded = mergePersons.merge(Requests.actor(ctx), Requests.clientId(ctx, body.id()), survivor,
                body.duplicateId(), body.reason());
        Requests.created(ctx, recorded.isNew(), PERSONS + "/" + survivor, recorded.value());
    }
}
