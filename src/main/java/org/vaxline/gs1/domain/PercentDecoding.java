package org.vaxline.gs1.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-decoding of one URI component. Unlike form decoding, {@code +} stays a plus: it is in GS1
 * character set 82 and may be part of a lot or serial number.
 */
final class PercentDecoding {
    private PercentDecoding() {
    }

    static String decode(String component) {
        if (component.indexOf('%') < 0) {
            return component;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < component.length(); i++) {
            char c = component.charAt(i);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            int high = i + 2 < component.length() ? Character.digit(component.charAt(i + 1), 16) : -1;
            int low = high < 0 ? -1 : Character.digit(component.charAt(i + 2), 16);
            if (low < 0) {
                throw Gs1Exception.at(Gs1Error.GS1_MALFORMED, component, "bad percent-encoding at position " + (i + 1));
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
