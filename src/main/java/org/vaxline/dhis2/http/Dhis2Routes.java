package org.vaxline.dhis2.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.vaxline.dhis2.application.AdxWriter;
import org.vaxline.dhis2.application.DataValueSetJson;
import org.vaxline.dhis2.application.ExportDataValues;
import org.vaxline.dhis2.domain.DataValueSet;
import org.vaxline.dhis2.domain.Dhis2Mapping;
import org.vaxline.platform.http.Requests;
import org.vaxline.platform.http.Routes;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.function.Supplier;

import static org.vaxline.platform.http.HttpServer.API;

/**
 * {@code GET /api/v1/dhis2/dataValueSets?period=}: the period's figures as a DHIS2 data value set, JSON by default
 * and ADX XML for {@code Accept: application/adx+xml}, through the server's mapping file.
 */
public final class Dhis2Routes implements Routes {
    public static final String ADX = "application/adx+xml";
    private final ExportDataValues export;
    private final Supplier<Dhis2Mapping> mapping;
    private final Clock clock;

    public Dhis2Routes(ExportDataValues export, Supplier<Dhis2Mapping> mapping, Clock clock) {
        this.export = export;
        this.mapping = mapping;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(API + "/dhis2/dataValueSets", this::dataValueSets);
    }

    private void dataValueSets(Context ctx) {
        Requests.actor(ctx);
        DataValueSet set = export.export(ctx.queryParam("period"), mapping.get());
        String accept = ctx.header("Accept");
        if (accept != null && (accept.contains(ADX) || accept.contains("application/xml"))) {
            ByteArrayOutputStream xml = new ByteArrayOutputStream();
            AdxWriter.write(set, clock.instant(), xml);
            ctx.contentType(ADX + "; charset=utf-8").result(xml.toByteArray());
            return;
        }
        ctx.json(DataValueSetJson.of(set));
    }
}
