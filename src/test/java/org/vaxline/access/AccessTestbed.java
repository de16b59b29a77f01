package org.vaxline.access;

import org.vaxline.access.application.AccessService;
import org.vaxline.access.application.NewUser;
import org.vaxline.access.domain.User;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.Store;
import org.vaxline.testing.TestStores;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/** A migrated store of one dialect with the access module on it, and helpers to make users. */
final class AccessTestbed implements AutoCloseable {
    static final Instant NOW = Instant.parse("2021-09-17T08:30:00.123456Z");
    static final Actor OPERATOR = Actor.operator("tester");

    final Store store;
    final MapFacilityLookup facilities = new MapFacilityLookup();
    final AccessModule module;

    AccessTestbed(Dialect dialect, Path tempDir) {
        this.store = TestStores.open(dialect, tempDir);
        this.module = new AccessModule(store, Clock.fixed(NOW, ZoneOffset.UTC), facilities);
    }

    AccessService service() {
        return module.service();
    }

    User user(String username, Role role, UUID facilityId) {
        return service().addUser(OPERATOR, new NewUser(username, role, facilityId));
    }

    String token(String username) {
        return service().issueToken(OPERATOR, username, null).token();
    }

    int count(String table) {
        return store.read(handle -> handle.createQuery("SELECT count(*) FROM " + table).mapTo(Integer.class).one());
    }

    @Override
    public void close() {
        store.close();
    }
}
