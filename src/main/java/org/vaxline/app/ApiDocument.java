package org.vaxline.app;

import org.vaxline.platform.http.OpenApiDocument;

import java.util.List;

/** The parts of the served OpenAPI document: the base (system, agreements, master data, access) and each feature's own. */
public final class ApiDocument {
    public static final List<String> PARTS = List.of("/web/openapi.json", "/openapi/stock.json", "/openapi/shipment.json",
            "/openapi/coldchain.json", "/openapi/person.json", "/openapi/registry.json", "/openapi/aefi.json",
            "/openapi/coverage.json", "/openapi/certificate.json", "/openapi/site.json", "/openapi/ledger.json", "/openapi/dhis2.json");

    private ApiDocument() {
    }

    public static byte[] compose() {
        return OpenApiDocument.compose(PARTS);
    }
}
