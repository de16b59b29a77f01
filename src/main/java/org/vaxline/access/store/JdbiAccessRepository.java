package org.vaxline.access.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.vaxline.access.application.AccessRepository;
import org.vaxline.access.application.WebSession;
import org.vaxline.access.domain.AccessError;
import org.vaxline.access.domain.Scope;
import org.vaxline.access.domain.Token;
import org.vaxline.access.domain.User;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Users and tokens in plain SQL, the same statements on SQLite and PostgreSQL. */
final class JdbiAccessRepository implements AccessRepository {
    private static final String USER_COLUMNS =
            "id, username, role, facility_id, province_code, created_at, created_by, disabled_at, disabled_by";
    private static final String TOKEN_COLUMNS =
            "id, user_id, token_hash, label, created_at, created_by, revoked_at, revoked_by";

    private final Handle handle;

    JdbiAccessRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public Optional<User> findUser(String username) {
        return handle.createQuery("SELECT " + USER_COLUMNS + " FROM access_user WHERE lower(username) = lower(:username)")
                .bind("username", username)
                .map(USER).findOne();
    }

    @Override
    public Optional<User> findUser(UUID id) {
        return handle.createQuery("SELECT " + USER_COLUMNS + " FROM access_user WHERE id = :id")
                .bind("id", id)
                .map(USER).findOne();
    }

    @Override
    public void insertUser(User user) {
        try {
            var insert = handle.createUpdate("INSERT INTO access_user (" + USER_COLUMNS + ") VALUES "
                            + "(:id, :username, :role, :facilityId, :provinceCode, :createdAt, :createdBy, :disabledAt, :disabledBy)");
            UUID facilityId = user.scope().facilityId();
            // a null uuid must go untyped (OTHER): PostgreSQL refuses a null varchar in a uuid column
            if (facilityId == null) {
                insert.bindNull("facilityId", Types.OTHER);
            } else {
                insert.bind("facilityId", facilityId);
            }
            insert.bind("id", user.id())
                    .bind("username", user.username())
                    .bind("role", user.role().name())
                    .bind("provinceCode", user.scope().provinceCode())
                    .bind("createdAt", user.createdAt())
                    .bind("createdBy", user.createdBy())
                    .bindByType("disabledAt", user.disabledAt(), Instant.class)
                    .bind("disabledBy", user.disabledBy())
                    .execute();
        } catch (UnableToExecuteStatementException e) {
            if (UniqueViolation.causedBy(e)) {
                throw VaxlineException.field(AccessError.ACCESS_USERNAME_TAKEN, "username",
                        "'" + user.username() + "' is already taken");
            }
            throw e;
        }
    }

    @Override
    public List<User> listUsers(String afterUsername, int limit) {
        var query = handle.createQuery("SELECT " + USER_COLUMNS + " FROM access_user"
                        + (afterUsername == null ? "" : " WHERE lower(username) > lower(:after)")
                        + " ORDER BY lower(username) LIMIT :limit")
                .bind("limit", limit);
        if (afterUsername != null) {
            query.bind("after", afterUsername);
        }
        return query.map(USER).list();
    }

    @Override
    public void disableUser(UUID userId, Instant at, String by) {
        handle.createUpdate("UPDATE access_user SET disabled_at = :at, disabled_by = :by WHERE id = :id AND disabled_at IS NULL")
                .bind("id", userId).bind("at", at).bind("by", by)
                .execute();
    }

    @Override
    public void insertToken(Token token) {
        handle.createUpdate("INSERT INTO access_token (" + TOKEN_COLUMNS + ") VALUES "
                        + "(:id, :userId, :hash, :label, :createdAt, :createdBy, :revokedAt, :revokedBy)")
                .bind("id", token.id())
                .bind("userId", token.userId())
                .bind("hash", token.hash())
                .bind("label", token.label())
                .bind("createdAt", token.createdAt())
                .bind("createdBy", token.createdBy())
                .bindByType("revokedAt", token.revokedAt(), Instant.class)
                .bind("revokedBy", token.revokedBy())
                .execute();
    }

    @Override
    public Optional<Token> findToken(UUID tokenId) {
        return handle.createQuery("SELECT " + TOKEN_COLUMNS + " FROM access_token WHERE id = :id")
                .bind("id", tokenId)
                .map(TOKEN).findOne();
    }

    @Override
    public void revokeToken(UUID tokenId, Instant at, String by) {
        handle.createUpdate("UPDATE access_token SET revoked_at = :at, revoked_by = :by WHERE id = :id AND revoked_at IS NULL")
                .bind("id", tokenId).bind("at", at).bind("by", by)
                .execute();
    }

    @Override
    public int revokeTokensOfUser(UUID userId, String label, Instant at, String by) {
        var update = handle.createUpdate("UPDATE access_token SET revoked_at = :at, revoked_by = :by"
                        + " WHERE user_id = :userId AND revoked_at IS NULL" + (label == null ? "" : " AND label = :label"))
                .bind("userId", userId).bind("at", at).bind("by", by);
        if (label != null) {
            update.bind("label", label);
        }
        return update.execute();
    }

    @Override
    public Optional<Actor> actorOfLiveToken(String tokenHash) {
        return handle.createQuery("SELECT u.username, u.role, u.facility_id, u.province_code"
                        + " FROM access_token t JOIN access_user u ON u.id = t.user_id"
                        + " WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND u.disabled_at IS NULL"
                        // a web session's cookie is no bearer token: it lives only as long as the session
                        + " AND (t.label IS NULL OR t.label <> :webSession)")
                .bind("hash", tokenHash)
                .bind("webSession", org.vaxline.access.application.WebSignIn.LABEL)
                .map((rs, ctx) -> new Actor(rs.getString("username"), Role.valueOf(rs.getString("role")),
                        uuid(rs, "facility_id", ctx), rs.getString("province_code")))
                .findOne();
    }

    @Override
    public void upsertPassword(UUID userId, String passwordHash, Instant at, String by) {
        handle.createUpdate("INSERT INTO access_password (user_id, password_hash, set_at, set_by) VALUES (:id, :hash, :at, :by)"
                        + " ON CONFLICT (user_id) DO UPDATE SET password_hash = excluded.password_hash,"
                        + " set_at = excluded.set_at, set_by = excluded.set_by")
                .bind("id", userId).bind("hash", passwordHash).bind("at", at).bind("by", by)
                .execute();
    }

    @Override
    public Optional<String> passwordHash(UUID userId) {
        return handle.createQuery("SELECT password_hash FROM access_password WHERE user_id = :id")
                .bind("id", userId).mapTo(String.class).findOne();
    }

    @Override
    public Optional<org.vaxline.access.application.SignInFailures> signInFailures(String nameHash) {
        return handle.createQuery("SELECT failures, last_failed_ms FROM access_sign_in_failure WHERE name_hash = :hash")
                .bind("hash", nameHash)
                .map((rs, ctx) -> new org.vaxline.access.application.SignInFailures(rs.getInt("failures"),
                        Instant.ofEpochMilli(rs.getLong("last_failed_ms"))))
                .findOne();
    }

    @Override
    public int recordSignInFailure(String nameHash, Instant at, Instant forgetBefore) {
        long cutoff = forgetBefore.toEpochMilli();
        handle.createUpdate("DELETE FROM access_sign_in_failure WHERE last_failed_ms < :cutoff").bind("cutoff", cutoff).execute();
        // one statement: parallel failures for one name each add one (the row's lock orders them on PostgreSQL)
        handle.createUpdate("INSERT INTO access_sign_in_failure (name_hash, failures, last_failed_ms) VALUES (:hash, 1, :at)"
                        + " ON CONFLICT (name_hash) DO UPDATE SET failures = CASE WHEN access_sign_in_failure.last_failed_ms < :cutoff"
                        + " THEN 1 ELSE access_sign_in_failure.failures + 1 END, last_failed_ms = excluded.last_failed_ms")
                .bind("hash", nameHash).bind("at", at.toEpochMilli()).bind("cutoff", cutoff).execute();
        return handle.createQuery("SELECT failures FROM access_sign_in_failure WHERE name_hash = :hash")
                .bind("hash", nameHash).mapTo(Integer.class).one();
    }

    @Override
    public void clearSignInFailures(String nameHash) {
        handle.createUpdate("DELETE FROM access_sign_in_failure WHERE name_hash = :hash").bind("hash", nameHash).execute();
    }

    @Override
    public void upsertLanguage(UUID userId, String language, Instant at) {
        handle.createUpdate("INSERT INTO access_language (user_id, language, set_at) VALUES (:id, :language, :at)"
                        + " ON CONFLICT (user_id) DO UPDATE SET language = excluded.language, set_at = excluded.set_at")
                .bind("id", userId).bind("language", language).bind("at", at)
                .execute();
    }

    @Override
    public Optional<String> language(UUID userId) {
        return handle.createQuery("SELECT language FROM access_language WHERE user_id = :id")
                .bind("id", userId).mapTo(String.class).findOne();
    }

    @Override
    public Optional<WebSession> liveSession(String tokenHash, String label) {
        return handle.createQuery("SELECT t.id AS token_id, t.created_at, u.id AS user_id, u.username, u.role,"
                        + " u.facility_id, u.province_code, l.language"
                        + " FROM access_token t JOIN access_user u ON u.id = t.user_id"
                        + " LEFT JOIN access_language l ON l.user_id = u.id"
                        + " WHERE t.token_hash = :hash AND t.label = :label AND t.revoked_at IS NULL AND u.disabled_at IS NULL")
                .bind("hash", tokenHash).bind("label", label)
                .map((rs, ctx) -> new WebSession(uuid(rs, "token_id", ctx), uuid(rs, "user_id", ctx),
                        new Actor(rs.getString("username"), Role.valueOf(rs.getString("role")),
                                uuid(rs, "facility_id", ctx), rs.getString("province_code")),
                        instant(rs, "created_at", ctx),
                        rs.getString("language") == null ? "vi" : rs.getString("language")))
                .findOne();
    }

    private static final RowMapper<User> USER = (rs, ctx) -> new User(
            uuid(rs, "id", ctx), rs.getString("username"), Role.valueOf(rs.getString("role")),
            new Scope(uuid(rs, "facility_id", ctx), rs.getString("province_code")),
            instant(rs, "created_at", ctx), rs.getString("created_by"),
            instant(rs, "disabled_at", ctx), rs.getString("disabled_by"));

    private static final RowMapper<Token> TOKEN = (rs, ctx) -> new Token(
            uuid(rs, "id", ctx), uuid(rs, "user_id", ctx), rs.getString("token_hash"), rs.getString("label"),
            instant(rs, "created_at", ctx), rs.getString("created_by"),
            instant(rs, "revoked_at", ctx), rs.getString("revoked_by"));

    // Column mappers come from the store, which knows whether uuids and instants are native or ISO text.
    private static UUID uuid(ResultSet rs, String column, StatementContext ctx) throws SQLException {
        return ctx.findColumnMapperFor(UUID.class).orElseThrow().map(rs, column, ctx);
    }

    private static Instant instant(ResultSet rs, String column, StatementContext ctx) throws SQLException {
        return ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, column, ctx);
    }
}
