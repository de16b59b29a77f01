package org.vaxline.certificate.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The EU DCC payload (schema 1.3.0) of one vaccination: the holder's names, birth date and one {@code v} entry. Codes come
 * from the product's data (EU-DCC-TG, -VP, -MP, -MA), never from here.
 */
public final class DccPayload {
    public static final String SCHEMA_VERSION = "1.3.0";
    public static final List<String> REQUIRED_CODES = List.of("EU-DCC-TG", "EU-DCC-VP", "EU-DCC-MP", "EU-DCC-MA");

    private DccPayload() {
    }

    /** The payload as CBOR and JSON both write it: text keys, text and integer values, insertion order kept. */
    public static Map<String, Object> vaccination(Holder holder, CertifiedDose dose, String country, String issuer, String uvci) {
        Map<String, Object> nam = new LinkedHashMap<>();
        nam.put("fn", holder.familyName());
        nam.put("fnt", Holder.icao(holder.familyName()));
        if (holder.givenName() != null) {
            nam.put("gn", holder.givenName());
            nam.put("gnt", Holder.icao(holder.givenName()));
        }
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("tg", dose.code("EU-DCC-TG"));
        v.put("vp", dose.code("EU-DCC-VP"));
        v.put("mp", dose.code("EU-DCC-MP"));
        v.put("ma", dose.code("EU-DCC-MA"));
        v.put("dn", dose.doseNumber());
        v.put("sd", dose.statedTotal());
        v.put("dt", dose.givenOn().toString());
        v.put("co", country);
        v.put("is", issuer);
        v.put("ci", uvci);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("ver", SCHEMA_VERSION);
        payload.put("nam", nam);
        payload.put("dob", holder.dateOfBirth().toString());
        payload.put("v", List.of(v));
        return payload;
    }

    /** The product codes a certificate needs that the product lacks (empty when it has them all). */
    public static List<String> missingCodes(CertifiedDose dose) {
        return REQUIRED_CODES.stream().filter(system -> dose.code(system) == null).toList();
    }
}
