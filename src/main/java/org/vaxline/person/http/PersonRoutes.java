package org.vaxline.person.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.vaxline.person.application.ListPersonReads;
import org.vaxline.person.application.MergePersons;
import org.vaxline.person.application.PersonRecord;
import org.vaxline.person.application.PriorityGroups;
import org.vaxline.person.application.ReadPerson;
import org.vaxline.person.application.RegisterPerson;
import org.vaxline.person.application.SearchPersons;
import org.vaxline.person.domain.NewPerson;
import org.vaxline.person.domain.Person;
import org.vaxline.person.domain.PersonMerge;
import org.vaxline.platform.http.Page;
import org.vaxline.platform.http.Requests;
import org.vaxline.platform.http.Routes;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.security.Actor;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.vaxline.platform.http.HttpServer.API;

/** The person registry over HTTP: registration, one search, single reads, the access log, merges, priority groups. */
public final class PersonRoutes implements Routes {
    private static final String PERSONS = API + "/persons";
    private final RegisterPerson registerPerson;
    private final SearchPersons searchPersons;
    private final ReadPerson readPerson;
    private final ListPersonReads listReads;
    private final MergePersons mergePersons;
    private final PriorityGroups priorityGroups;

    public PersonRoutes(RegisterPerson registerPerson, SearchPersons searchPersons, ReadPerson readPerson,
                        ListPersonReads listReads, MergePersons mergePersons, PriorityGroups priorityGroups) {
        this.registerPerson = registerPerson;
        this.searchPersons = searchPersons;
        this.readPerson = readPerson;
        this.listReads = listReads;
        this.mergePersons = mergePersons;
        this.priorityGroups = priorityGroups;
    }

    record MergeBody(UUID id, UUID duplicateId, String reason) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PERSONS, this::search);
        routes.post(PERSONS, this::create);
        routes.get(PERSONS + "/{id}", ctx -> ctx.json(PersonView.of(readPerson.read(Requests.actor(ctx), Requests.pathId(ctx, "id")))));
        routes.get(PERSONS + "/{id}/reads", ctx -> ctx.json(listReads.reads(Requests.actor(ctx), Requests.pathId(ctx, "id"),
                Requests.cursor(ctx), Requests.limit(ctx))));
        routes.post(PERSONS + "/{id}/merge", this::merge);
        routes.get(API + "/priority-groups", ctx -> {
            Requests.actor(ctx);
            ctx.json(Map.of("items", priorityGroups.all()));
        });
    }

    private void search(Context ctx) {
        Page<PersonRecord> page = searchPersons.search(Requests.actor(ctx), ctx.queryParam("q"), ctx.queryParam("province"),
                Requests.cursor(ctx), Requests.limit(ctx));
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

    private void merge(Context ctx) {
        MergeBody body = Requests.body(ctx, MergeBody.class);
        UUID survivor = Requests.pathId(ctx, "id");
        Recorded<PersonMerge> recorded = mergePersons.merge(Requests.actor(ctx), Requests.clientId(ctx, body.id()), survivor,
                body.duplicateId(), body.reason());
        Requests.created(ctx, recorded.isNew(), PERSONS + "/" + survivor, recorded.value());
    }
}
