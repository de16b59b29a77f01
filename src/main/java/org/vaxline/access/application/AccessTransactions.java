package org.vaxline.access.application;

import java.util.function.Function;

/** Runs use cases against the repository, all of a write or none of it. */
public interface AccessTransactions {
    <R> R write(Function<AccessRepository, R> work);

    <R> R read(Function<AccessRepository, R> work);
}
