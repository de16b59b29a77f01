package org.vaxline.platform.store;

import org.vaxline.platform.error.ErrorCode;
import org.vaxline.platform.error.ErrorKind;

/** Errors of backing up and restoring a whole store. */
public enum StoreError implements ErrorCode {
    STORE_NOT_EMPTY(ErrorKind.CONFLICT, "The store to restore into is not empty"),
    BACKUP_FILE_EXISTS(ErrorKind.CONFLICT, "The backup file already exists"),
    BACKUP_FILE_MISSING(ErrorKind.NOT_FOUND, "The backup file does not exist"),
    BACKUP_TOOL_FAILED(ErrorKind.RULE, "The database's backup tool failed");

    private final ErrorKind kind;
    private final String title;

    StoreError(ErrorKind kind, String title) {
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
