package org.vaxline.certificate.application;

import org.apache.commons.codec.CodecPolicy;
import org.apache.commons.codec.binary.Base45;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The transport of an EU DCC: COSE bytes → zlib (java.util.zip) → Base45 (commons-codec, strict) → "HC1:" prefix, and
 * back. Each step back names what is wrong, so the verifier can say which stage failed.
 */
public final class Hc1 {
    public static final String PREFIX = "HC1:";
    /** A QR code holds at most ~4 KB; a larger inflated result is refused as a compression bomb. */
    private static final int MAX_INFLATED = 64 * 1024;
    private static final Base45 BASE45 = Base45.builder().setDecodingPolicy(CodecPolicy.STRICT).get();
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

    private Hc1() {
    }

    public static String encode(byte[] cose) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(cose);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(cose.length);
        byte[] buffer = new byte[1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return PREFIX + base45Encode(out.toByteArray());
    }

    public static String base45Encode(byte[] bytes) {
        return new String(BASE45.encode(bytes), StandardCharsets.US_ASCII);
    }

    /** Each ASCII character's Base45 value, -1 for a character outside the alphabet. */
    private static final byte[] VALUE = new byte[128];

    static {
        java.util.Arrays.fill(VALUE, (byte) -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            VALUE[ALPHABET.charAt(i)] = (byte) i;
        }
    }

    private static int value(String text, int i) {
        char c = text.charAt(i);
        int v = c < 128 ? VALUE[c] : -1;
        if (v < 0) {
            throw new IllegalArgumentException("character '" + c + "' at " + i + " is not Base45");
        }
        return v;
    }

    /** Strict Base45 (RFC 9285): only its 45 characters, no dangling single character, no triplet above 65535. */
    public static byte[] base45Decode(String text) {
        int length = text.length();
        if (length % 3 == 1) {
            for (int i = 0; i < length; i++) {
                value(text, i);
            }
            throw new IllegalArgumentException("Base45 length " + length + " leaves a single character");
        }
        int i = 0;
        for (; i + 3 <= length; i += 3) {
            if (value(text, i) + 45 * value(text, i + 1) + 2025 * value(text, i + 2) > 0xFFFF) {
                throw new IllegalArgumentException("Base45 triplet at " + i + " exceeds 65535");
            }
        }
        if (i < length && value(text, i) + 45 * value(text, i + 1) > 0xFF) {
            throw new IllegalArgumentException("Base45 final pair exceeds 255");
        }
        return BASE45.decode(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** zlib inflate, at most 64 KiB out. */
    public static byte[] inflate(byte[] bytes) {
        Inflater inflater = new Inflater();
        inflater.setInput(bytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 2);
        byte[] buffer = new byte[2048];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalArgumentException("zlib data ends early");
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_INFLATED) {
                    throw new IllegalArgumentException("zlib data inflates past " + MAX_INFLATED + " bytes");
                }
            }
            if (inflater.getRemaining() > 0) {
                throw new IllegalArgumentException("data after the zlib stream");
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("not zlib: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }
}
