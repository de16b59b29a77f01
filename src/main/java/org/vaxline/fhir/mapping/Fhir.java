package org.vaxline.fhir.mapping;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HAPI's R4 context, made once (it scans the model on first use, which takes a second) and shared: it is thread-safe;
 * a parser is made per use, which is cheap.
 */
public final class Fhir {
    public static final String JSON = "application/fhir+json";
    public static final String NDJSON = "application/fhir+ndjson";
    private static final FhirContext CONTEXT = FhirContext.forR4Cached();

    private Fhir() {
    }

    public static FhirContext context() {
        return CONTEXT;
    }

    public static IParser json() {
        return CONTEXT.newJsonParser().setPrettyPrint(false);
    }

    /** A parser that rejects unknown elements and invalid values instead of passing over them. */
    public static IParser strictJson() {
        IParser parser = json();
        parser.setParserErrorHandler(new ca.uhn.fhir.parser.StrictErrorHandler());
        return parser;
    }

    public static String encode(IBaseResource resource) {
        return json().encodeResourceToString(resource);
    }
}
