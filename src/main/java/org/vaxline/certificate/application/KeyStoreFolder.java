package org.vaxline.certificate.application;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.List;

/** Where document signers are kept: a folder only its owner may read (the store package has the file system one). */
public interface KeyStoreFolder {
    /** Every signing key, oldest first; empty when none was made. */
    List<SigningKey> signingKeys();

    /** Adds a key and its certificate under a new alias, which becomes the current signer. */
    SigningKey add(KeyPair keys, X509Certificate certificate);

    /** Partner document signers imported into the trust list. */
    List<X509Certificate> trusted();

    /** Adds partner certificates to the trust list; answers how many were new. */
    int trust(List<X509Certificate> certificates);

    /** Partner SMART Health Card issuers' key sets (JWKS text) imported into the trust list. */
    List<String> trustedKeySets();

    /** Adds a partner's key set; answers whether it was new. */
    boolean trustKeySet(String jwks);

    /** Where it is, for people to find it. */
    String location();
}
