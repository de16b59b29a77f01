package org.vaxline.platform.store;

import org.vaxline.platform.error.ErrorCode;
import org.vaxline.platform.error.ErrorKind;

/** Why a store cannot be used as it is: its schema is not the one this program was built for. */
public enum StoreError implements ErrorCode {
    STORE_NOT_MIGRATED(ErrorKind.CONFLICT, "The store's schema is older than this program's"),
    STORE_NEWER_THAN_PROGRAM(ErrorKind.CONFLICT, "The store's schema is newer than this program's");

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
