package org.vaxline.certificate.domain;

import org.vaxline.platform.error.ErrorCode;
import org.vaxline.platform.error.ErrorKind;

/** The stable codes of every way the certificate feature refuses a request. */
public enum CertificateError implements ErrorCode {
    KEYS_MISSING(ErrorKind.RULE, "No signing key"),
    KEYS_EXIST(ErrorKind.CONFLICT, "Signing key already made"),
    KEYS_INVALID(ErrorKind.MALFORMED, "Key or certificate cannot be read"),
    CERTIFICATE_NO_DOSES(ErrorKind.RULE, "No recorded dose to certify"),
    CERTIFICATE_FORMAT_UNKNOWN(ErrorKind.MALFORMED, "Unknown certificate format"),
    CERTIFICATE_PRODUCT_UNCODED(ErrorKind.RULE, "Product lacks the codes a certificate needs"),
    CERTIFICATE_UNREADABLE(ErrorKind.MALFORMED, "Certificate or QR image cannot be read"),
    CERTIFICATE_REVOCATION_NEEDS_REASON(ErrorKind.RULE, "A revocation needs a reason"),
    REVOCATION_LIST_UNREADABLE(ErrorKind.MALFORMED, "Revocation list cannot be read"),
    TRUST_LIST_UNREADABLE(ErrorKind.MALFORMED, "Trust list or key set cannot be read");

    private final ErrorKind kind;
    private final String title;

    CertificateError(ErrorKind kind, String title) {
        this.kind = kind;
        this.title = title;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }

    @Override
    public String title() {
        return title;
    }
}
