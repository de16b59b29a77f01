package org.vaxline.access;

import org.vaxline.access.application.AccessService;
import org.vaxline.access.application.FacilityLookup;
import org.vaxline.access.application.TokenAuthenticator;
import org.vaxline.access.cli.UsersCommand;
import org.vaxline.access.http.AccessRoutes;
import org.vaxline.access.store.JdbiAccessTransactions;
import org.vaxline.platform.http.Authenticator;
import org.vaxline.platform.http.Routes;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.function.Supplier;

/** The access feature, wired on one store, clock and facility lookup: the composition root's single entry point. */
public final class AccessModule {
    private final AccessService service;
    private final TokenAuthenticator authenticator;
    private final AccessRoutes routes;

    public AccessModule(Store store, Clock clock, FacilityLookup facilities) {
        JdbiAccessTransactions transactions = new JdbiAccessTransactions(store);
        this.authenticator = new TokenAuthenticator(transactions);
        // every access write of this process makes the authenticator forget the tokens it remembered
        this.service = new AccessService(authenticator.forgettingOnWrite(transactions), facilities, clock, new SecureRandom());
        this.routes = new AccessRoutes(service);
    }

    public AccessService service() {
        return service;
    }

    public Authenticator authenticator() {
        return authenticator;
    }

    public Routes routes() {
        return routes;
    }

    /** The {@code users} command, acting as whoever {@code actor} supplies (the CLI operator). */
    public UsersCommand usersCommand(Supplier<Actor> actor) {
        return new UsersCommand(() -> service, actor);
    }
}
