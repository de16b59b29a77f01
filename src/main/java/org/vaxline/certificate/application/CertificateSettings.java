package org.vaxline.certificate.application;

/**
 * Who issues certificates and for how long: the issuing country (ISO 3166 alpha-2), the issuer's name as certificates
 * state it, the validity of a certificate and of a new document signer in days, and the SMART Health Card issuer URL
 * ({@code iss}; verifiers find its keys at {@code <iss>/.well-known/jwks.json}).
 */
public record CertificateSettings(String country, String issuer, int certificateDays, int signerDays, String issuerUrl) {
    /** The environment variable naming the public URL this server answers at, for SMART Health Cards' {@code iss}. */
    public static final String ISSUER_URL_ENV = "VAXLINE_ISSUER_URL";
    public static final CertificateSettings VIET_NAM = new CertificateSettings("VN", "Ministry of Health of Viet Nam", 365, 730,
            issuerUrl(System.getenv(ISSUER_URL_ENV)));

    /** The same settings with another issuer URL (from the configuration). */
    public CertificateSettings withIssuerUrl(String url) {
        return new CertificateSettings(country, issuer, certificateDays, signerDays, issuerUrl(url));
    }

    private static String issuerUrl(String env) {
        String url = env == null || env.isBlank() ? "http://localhost:8080" : env.trim();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
