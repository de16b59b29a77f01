package org.vaxline.certificate.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.vaxline.certificate.application.Issued;
import org.vaxline.certificate.application.IssueCertificate;
import org.vaxline.certificate.application.IssuerKeys;
import org.vaxline.certificate.application.SignedTrustList;
import org.vaxline.certificate.application.ManageKeys;
import org.vaxline.certificate.application.QrCodes;
import org.vaxline.certificate.application.RevocationLists;
import org.vaxline.certificate.application.RevokeCertificate;
import org.vaxline.certificate.application.VerifyCertificate;
import org.vaxline.certificate.domain.CertificateFormat;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.http.Requests;
import org.vaxline.platform.http.Routes;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

import static org.vaxline.platform.http.HttpServer.API;

/** Certificates over HTTP: issue one for a person (JSON, PNG or SVG), verify one offline. */
public final class CertificateRoutes implements Routes {
    private final IssueCertificate issue;
    private final VerifyCertificate verify;
    private final ManageKeys keys;

    private final RevokeCertificate revoke;
    private final RevocationLists revocations;

    private final IssuerKeys issuerKeys;
    private final SignedTrustList trustList;

    public CertificateRoutes(IssueCertificate issue, VerifyCertificate verify, ManageKeys keys, RevokeCertificate revoke,
                             RevocationLists revocations, IssuerKeys issuerKeys, SignedTrustList trustList) {
        this.issuerKeys = issuerKeys;
        this.trustList = trustList;
        this.issue = issue;
        this.revoke = revoke;
        this.revocations = revocations;
        this.verify = verify;
        this.keys = keys;
    }

    record VerifyBody(String text, String at) {
    }

    record RevokeBody(String certificate, String reason) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(API + "/persons/{id}/certificates", this::issue);
        routes.post(API + "/certificates/verify", this::verify);
        routes.post(API + "/certificates/revocations", this::revoke);
        routes.get(API + "/certificates/trust-list", ctx -> {
            Requests.actor(ctx);
            ctx.json(trustList.document());
        });
        // open, as SMART Health Card verifiers fetch them from the issuer's URL
        routes.get("/.well-known/jwks.json", ctx -> ctx.header("Access-Control-Allow-Origin", "*").json(issuerKeys.jwks()));
        routes.get("/.well-known/crl/{file}", ctx -> {
            String file = ctx.pathParam("file");
            var crl = file.endsWith(".json") ? issuerKeys.crl(file.substring(0, file.length() - ".json".length())) : null;
            if (crl == null) {
                throw VaxlineException.notFound("revocation list", file);
            }
            ctx.header("Access-Control-Allow-Origin", "*").json(crl);
        });
        routes.get(API + "/certificates/revocations", ctx -> {
            Requests.actor(ctx);
            ctx.json(revocations.list());
        });
    }

    private void revoke(Context ctx) {
        RevokeBody body = Requests.body(ctx, RevokeBody.class);
        RevokeCertificate.Outcome outcome = revoke.revoke(Requests.actor(ctx), body.certificate(), body.reason());
        ctx.status(outcome.isNew() ? 201 : 200).json(outcome.revocation());
    }

    private void issue(Context ctx) {
        CertificateFormat format = CertificateFormat.parse(ctx.queryParam("format"));
        Issued issued = issue.issue(Requests.actor(ctx), Requests.pathId(ctx, "id"), format, Requests.queryId(ctx, "dose"));
        String accept = ctx.header("Accept");
        if (accept != null && accept.contains("image/png")) {
            ctx.contentType("image/png").result(QrCodes.png(issued.text()));
        } else if (accept != null && accept.contains("image/svg+xml")) {
            ctx.contentType("image/svg+xml").result(QrCodes.svg(issued.text()));
        } else {
            ctx.json(CertificateView.of(issued));
        }
    }

    private void verify(Context ctx) {
        Requests.actor(ctx);
        VerifyBody body = Requests.body(ctx, VerifyBody.class);
        if (body.text() == null || body.text().isBlank()) {
            throw new VaxlineException(PlatformError.MALFORMED_REQUEST, "text: is required (the HC1: text of a QR code)",
                    Map.of("text", "is required"), Map.of());
        }
        ctx.json(verify.verify(body.text(), null, instant(body.at()), null));
    }

    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new VaxlineException(PlatformError.MALFORMED_REQUEST, "at: '" + text + "' is not an instant with offset",
                    Map.of("at", "not an ISO-8601 instant with offset"), Map.of());
        }
    }
}
