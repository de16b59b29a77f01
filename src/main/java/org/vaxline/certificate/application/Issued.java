package org.vaxline.certificate.application;

import org.vaxline.certificate.domain.IssuedCertificate;

import java.util.Map;

/**
 * A certificate just issued: its log entry, the text a QR code carries ({@code HC1:…}, {@code shc:/…}) and the payload
 * it signs, as plain maps.
 */
public record Issued(IssuedCertificate entry, String text, Map<String, Object> payload) {
}
