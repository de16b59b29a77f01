package org.vaxline.registryimport.domain;

import org.vaxline.platform.error.ErrorCode;
import org.vaxline.platform.error.ErrorKind;

/** The codes of the import itself; a row refused by a use case keeps that use case's code in the report. */
public enum ImportError implements ErrorCode {
    IMPORT_FILE_UNREADABLE(ErrorKind.MALFORMED, "Import file cannot be read"),
    IMPORT_ROW_MALFORMED(ErrorKind.MALFORMED, "Row is not well-formed CSV for this file"),
    IMPORT_VALUE_INVALID(ErrorKind.MALFORMED, "Value cannot be read"),
    IMPORT_REFERENCE_UNKNOWN(ErrorKind.NOT_FOUND, "Row names something that does not exist"),
    IMPORT_WRITE_FAILED(ErrorKind.CONFLICT, "Row could not be written"),
    IMPORT_NOT_AVAILABLE(ErrorKind.NOT_FOUND, "This import is not available yet");

    private final ErrorKind kind;
    private final String title;

    ImportError(ErrorKind kind, String title) {
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
