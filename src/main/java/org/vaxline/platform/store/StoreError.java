package org.vaxline.platform.store;

import org.vaxline.platform.error.ErrorCode;
import org.vaxline.platform.error.ErrorKind;

/** Why a store cannot be used as it is (its schema is not this program's), and errors of backing up and restoring it. */
public enum StoreError implements ErrorCode {
    STORE_NOT_MIGRATED(ErrorKind.CONFLICT, "The store's schema is older than this program's"),
    STORE_NEWER_THAN_PROGRAM(ErrorKind.CONFLICT, "The store's schema is newer than this program's"),
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
