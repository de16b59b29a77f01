package org.vaxline.certificate.application;

/**
 * Who issues certificates and for how long: the issuing country (ISO 3166 alpha-2), the issuer's name as certificates
 * state it, and the validity of a certificate and of a new document signer in days.
 */
public record CertificateSettings(String country, String issuer, int certificateDays, int signerDays) {
    public static final CertificateSettings VIET_NAM = new CertificateSettings("VN", "Ministry of Health of Viet Nam", 365, 730);
}
