package org.vaxline.certificate.domain;

import org.vaxline.platform.error.VaxlineException;

import java.util.Locale;

/** The renderings of one dose history: EU DCC ({@code HC1:}), SMART Health Card ({@code shc:/}), WHO DDCC:VS. */
public enum CertificateFormat {
    HC1, SHC, DDCC;

    public static CertificateFormat parse(String text) {
        if (text == null || text.isBlank()) {
            return HC1;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw VaxlineException.field(CertificateError.CERTIFICATE_FORMAT_UNKNOWN, "format",
                    "'" + text + "' is none of hc1, shc, ddcc");
        }
    }

    public String lowerName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
