package org.vaxline.platform.error;

/** What kind of failure an error is; adapters map each kind once (HTTP status, CLI exit code). */
public enum ErrorKind {
    /** The input cannot be read: wrong syntax, wrong type, unknown field. */
    MALFORMED,
    /** A named thing does not exist. */
    NOT_FOUND,
    /** The request clashes with what is stored: a reused id with other content, a duplicate. */
    CONFLICT,
    /** The input is well-formed but breaks a business rule. */
    RULE,
    /** No valid credentials. */
    UNAUTHENTICATED,
    /** Valid credentials, but not allowed here. */
    FORBIDDEN,
    /** The path exists, but not for this HTTP method. */
    METHOD_NOT_ALLOWED,
    /** The request body is larger than the server reads. */
    TOO_LARGE,
    /** The request's URI is longer than the server reads. */
    URI_TOO_LONG,
    /** The request body is not JSON. */
    UNSUPPORTED_MEDIA_TYPE
}
