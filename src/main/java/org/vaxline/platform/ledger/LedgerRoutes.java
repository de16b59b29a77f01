package org.vaxline.platform.ledger;

import io.javalin.config.RoutesConfig;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.http.Routes;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;

import static org.vaxline.platform.http.HttpServer.API;

/**
 * {@code GET /api/v1/ledgers/{name}/head[?length=N]}: a ledger's head (length and hash), or the hash it had at an
 * earlier length, so that someone who kept a head can check the history up to it is unchanged. The national programme
 * and auditors read it (a donor's auditor gets an auditor token); a head reveals no entry.
 */
public final class LedgerRoutes implements Routes {
    private final LedgerHeads heads;

    public LedgerRoutes(LedgerHeads heads) {
        this.heads = heads;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(API + "/ledgers/{name}/head", ctx -> {
            Actor actor = org.vaxline.platform.http.Requests.actor(ctx);
            if (actor.role() != Role.NATIONAL_ADMIN && actor.role() != Role.AUDITOR) {
                throw new VaxlineException(PlatformError.FORBIDDEN, actor.name() + " (" + actor.role()
                        + ") may not read ledger heads: national programme admins and auditors may");
            }
            String length = ctx.queryParam("length");
            String name = ctx.pathParam("name");
            ctx.json(LedgerHeads.asJson(length == null ? heads.head(name) : heads.at(name, parse(length))));
        });
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length);
        } catch (NumberFormatException e) {
            throw VaxlineException.field(PlatformError.MALFORMED_REQUEST, "length", "'" + length + "' is not a whole number");
        }
    }
}
