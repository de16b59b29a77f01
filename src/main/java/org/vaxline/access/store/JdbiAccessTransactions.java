package org.vaxline.access.store;

import org.vaxline.access.application.AccessRepository;
import org.vaxline.access.application.AccessTransactions;
import org.vaxline.platform.store.Store;

import java.util.function.Function;

/** Access's transactions on the shared store. */
public final class JdbiAccessTransactions implements AccessTransactions {
    private final Store store;

    public JdbiAccessTransactions(Store store) {
        this.store = store;
    }

    @Override
    public <R> R write(Function<AccessRepository, R> work) {
        return store.inTransaction(handle -> work.apply(new JdbiAccessRepository(handle)));
    }

    @Override
    public <R> R read(Function<AccessRepository, R> work) {
        return store.read(handle -> work.apply(new JdbiAccessRepository(handle)));
    }
}
