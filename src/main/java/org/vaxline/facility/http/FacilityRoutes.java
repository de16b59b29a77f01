package org.vaxline.facility.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.vaxline.facility.application.Facilities;
import org.vaxline.facility.domain.Facility;
import org.vaxline.facility.domain.FacilityFilter;
import org.vaxline.facility.domain.FacilityType;
import org.vaxline.facility.domain.Province;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.http.HttpServer;
import org.vaxline.platform.http.Page;
import org.vaxline.platform.http.Requests;
import org.vaxline.platform.http.Routes;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

/** Provinces and facilities, read by any authenticated actor. */
public final class FacilityRoutes implements Routes {
    private final Facilities facilities;

    public FacilityRoutes(Facilities facilities) {
        this.facilities = facilities;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(HttpServer.API + "/provinces", ctx -> {
            int limit = Requests.limit(ctx);
            ctx.json(Page.of(facilities.provinces(ctx.queryParam("cursor"), limit + 1), limit, Province::code));
        });
        routes.get(HttpServer.API + "/facilities", ctx -> {
            int limit = Requests.limit(ctx);
            ctx.json(Page.of(facilities.list(filter(ctx), ctx.queryParam("cursor"), limit + 1), limit, Facility::code));
        });
        routes.get(HttpServer.API + "/facilities/{id}", ctx -> {
            UUID id = Requests.pathId(ctx, "id");
            ctx.json(facilities.find(id).orElseThrow(() -> VaxlineException.notFound("facility", id)));
        });
    }

    private static FacilityFilter filter(Context ctx) {
        String parent = blankToNull(ctx.queryParam("parent"));
        return new FacilityFilter(blankToNull(ctx.queryParam("province")), type(blankToNull(ctx.queryParam("type"))),
                parent == null ? null : Requests.uuid(parent, "parent"));
    }

    private static FacilityType type(String text) {
        if (text == null) {
            return null;
        }
        try {
            return FacilityType.valueOf(text);
        } catch (IllegalArgumentException e) {
            String reason = "one of " + Arrays.toString(FacilityType.values());
            throw new VaxlineException(PlatformError.MALFORMED_REQUEST, "type: " + reason, Map.of("type", reason), Map.of());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
