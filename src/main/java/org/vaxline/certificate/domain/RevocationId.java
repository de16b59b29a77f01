package org.vaxline.certificate.domain;

import org.vaxline.platform.id.Digests;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * The SMART Health Card revocation identifier ({@code vc.rid}) of a certificate: the first 64 bits of the SHA-256 of its
 * certificate identifier, base64url without padding (the specification's "at most 24 characters, base64url").
 */
public final class RevocationId {
    private RevocationId() {
    }

    public static String of(String certificateId) {
        byte[] digest = Digests.sha256(certificateId.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 8));
    }
}
