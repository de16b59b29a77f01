package org.vaxline.certificate.application;

import java.time.Instant;
import java.util.Map;

/** Signs an EU DCC: the CWT claims (iss, iat, exp, -260/1 the payload) as CBOR in a COSE_Sign1, ES256, KID of the signer. */
public final class Hc1Signer {
    private Hc1Signer() {
    }

    public static CoseSign1 sign(Map<String, Object> payload, String issuer, Instant issuedAt, Instant expires, SigningKey key) {
        byte[] cwt = CoseSign1.write(g -> {
            g.writeStartObject(4);
            g.writeFieldId(1);
            g.writeString(issuer);
            g.writeFieldId(4);
            g.writeNumber(expires.getEpochSecond());
            g.writeFieldId(6);
            g.writeNumber(issuedAt.getEpochSecond());
            g.writeFieldId(-260);
            g.writeStartObject(1);
            g.writeFieldId(1);
            g.writeObject(payload);
            g.writeEndObject();
            g.writeEndObject();
        });
        return CoseSign1.sign(CoseSign1.ES256, key.kid(), cwt, data -> Crypto.signEs256(key.privateKey(), data));
    }
}
