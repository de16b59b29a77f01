package org.vaxline.certificate.application;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import com.fasterxml.jackson.dataformat.cbor.CBORParser;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A COSE_Sign1 message (RFC 9052): protected header (a byte string holding a CBOR map), unprotected header, payload and
 * signature, written with tag 18. Written by hand over Jackson's CBOR reader and writer: the structure is four
 * elements, and the COSE libraries on Maven Central are unmaintained or pull old BouncyCastle releases.
 *
 * @param alg the algorithm of the protected header (-7 ES256, -37 PS256), or null
 * @param kid the key id, from the protected header or else the unprotected one, or null
 */
public record CoseSign1(byte[] protectedBytes, Integer alg, byte[] kid, byte[] payload, byte[] signature) {
    public static final int ES256 = -7;
    public static final int PS256 = -37;
    static final CBORMapper CBOR = new CBORMapper();

    /** The bytes signed (Sig_structure): ["Signature1", protected, external_aad = h'', payload]. */
    public byte[] toBeSigned() {
        return toBeSigned(protectedBytes, payload);
    }

    static byte[] toBeSigned(byte[] protectedBytes, byte[] payload) {
        return write(g -> {
            g.writeStartArray(null, 4);
            g.writeString("Signature1");
            g.writeBinary(protectedBytes);
            g.writeBinary(new byte[0]);
            g.writeBinary(payload);
            g.writeEndArray();
        });
    }

    /** The protected header of an ES256 signature by the key with this id. */
    static byte[] protectedHeader(int alg, byte[] kid) {
        return write(g -> {
            g.writeStartObject(2);
            g.writeFieldId(1);
            g.writeNumber(alg);
            g.writeFieldId(4);
            g.writeBinary(kid);
            g.writeEndObject();
        });
    }

    /** The tagged message: 18([protected, {}, payload, signature]). */
    public byte[] encode() {
        return write(g -> {
            g.writeTag(18);
            g.writeStartArray(null, 4);
            g.writeBinary(protectedBytes);
            g.writeStartObject(0);
            g.writeEndObject();
            g.writeBinary(payload);
            g.writeBinary(signature);
            g.writeEndArray();
        });
    }

    /** Reads a COSE_Sign1 message, tagged 18 (possibly inside CWT tag 61) or untagged; a bad structure says what is wrong. */
    public static CoseSign1 decode(byte[] bytes) {
        try (CBORParser p = CBOR.getFactory().createParser(bytes)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_ARRAY) {
                throw new IllegalArgumentException("not a CBOR array");
            }
            CBORParser.TagList tags = p.getCurrentTags();
            if (tags != null && !tags.isEmpty() && !tags.contains(18)) {
                throw new IllegalArgumentException("CBOR tag " + tags.getFirstTag() + " is not COSE_Sign1 (18)");
            }
            JsonNode array = CBOR.readTree(p);
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("data after the COSE message");
            }
            if (array.size() != 4) {
                throw new IllegalArgumentException("COSE_Sign1 has " + array.size() + " elements, not 4");
            }
            byte[] protectedBytes = binary(array.get(0), "protected header");
            byte[] payload = binary(array.get(2), "payload");
            byte[] signature = binary(array.get(3), "signature");
            JsonNode unprotected = array.get(1);
            if (!unprotected.isObject()) {
                throw new IllegalArgumentException("unprotected header is not a map");
            }
            Integer alg = null;
            byte[] kid = null;
            if (protectedBytes.length > 0) {
                JsonNode header = CBOR.readTree(protectedBytes);
                if (header == null || !header.isObject()) {
                    throw new IllegalArgumentException("protected header is not a map");
                }
                alg = header.has("1") && header.get("1").isIntegralNumber() ? header.get("1").intValue() : null;
                kid = header.has("4") ? header.get("4").binaryValue() : null;
            }
            if (kid == null && unprotected.has("4")) {
                kid = unprotected.get("4").binaryValue();
            }
            if (alg == null && unprotected.has("1") && unprotected.get("1").isIntegralNumber()) {
                alg = unprotected.get("1").intValue();
            }
            return new CoseSign1(protectedBytes, alg, kid, payload, signature);
        } catch (IOException e) {
            throw new IllegalArgumentException("not CBOR: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
        }
    }

    /** Signs a payload: the signature is made over the Sig_structure by the given function (raw r||s for ECDSA). */
    static CoseSign1 sign(int alg, byte[] kid, byte[] payload, java.util.function.Function<byte[], byte[]> signer) {
        byte[] header = protectedHeader(alg, kid);
        return new CoseSign1(header, alg, kid, payload, signer.apply(toBeSigned(header, payload)));
    }

    private static byte[] binary(JsonNode node, String what) throws IOException {
        if (node == null || !node.isBinary()) {
            throw new IllegalArgumentException(what + " is not a byte string");
        }
        return node.binaryValue();
    }

    interface Writing {
        void to(CBORGenerator g) throws IOException;
    }

    static byte[] write(Writing writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (CBORGenerator g = CBOR.getFactory().createGenerator(out)) {
            g.setCodec(CBOR);
            writing.to(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Plain CBOR of a value made of maps, lists, text and numbers. */
    static byte[] cbor(Map<String, Object> value) {
        return write(g -> g.writeObject(value));
    }
}
