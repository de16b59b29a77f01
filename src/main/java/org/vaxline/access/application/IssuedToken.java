package org.vaxline.access.application;

import java.util.UUID;

/** A token just issued: the only moment its plaintext exists outside the caller's hands. */
public record IssuedToken(UUID tokenId, String username, String token) {
    @Override
    public String toString() {
        // never let a log line carry the secret
        return "IssuedToken[tokenId=" + tokenId + ", username=" + username + ", token=vxl_***]";
    }
}
