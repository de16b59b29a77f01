package org.vaxline.access.application;

import org.vaxline.access.domain.Token;
import org.vaxline.access.domain.User;
import org.vaxline.platform.security.Actor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Users and tokens as stored; every method runs inside the transaction that {@link AccessTransactions} opened. */
public interface AccessRepository {
    /** By name, ignoring case, since two users must never differ only by case. */
    Optional<User> findUser(String username);

    Optional<User> findUser(UUID id);

    /** Throws {@code ACCESS_USERNAME_TAKEN} when the name is taken, also by a concurrent insert. */
    void insertUser(User user);

    /** Users ordered by name, after the given one (null for the first page). */
    List<User> listUsers(String afterUsername, int limit);

    void disableUser(UUID userId, Instant at, String by);

    void insertToken(Token token);

    Optional<Token> findToken(UUID tokenId);

    void revokeToken(UUID tokenId, Instant at, String by);

    /** Revokes the live tokens of a user, only those with the label when it is not null; answers how many. */
    int revokeTokensOfUser(UUID userId, String label, Instant at, String by);

    /** The actor of a live token of an enabled user: one indexed query. */
    Optional<Actor> actorOfLiveToken(String tokenHash);

    /** Sets (or replaces) a user's password hash. */
    void upsertPassword(UUID userId, String passwordHash, Instant at, String by);

    Optional<String> passwordHash(UUID userId);

    void upsertLanguage(UUID userId, String language, Instant at);

    Optional<String> language(UUID userId);

    /** The failed sign-ins in a row for a user name's hash, or empty when there are none. */
    Optional<SignInFailures> signInFailures(String nameHash);

    /**
     * Counts one more failure for a name's hash at {@code at}, starting again from one when the last was before
     * {@code forgetBefore} (and deleting every such stale count); answers the failures in a row. Atomic on both stores.
     */
    int recordSignInFailure(String nameHash, Instant at, Instant forgetBefore);

    void clearSignInFailures(String nameHash);

    /** The session of a live token with this label of an enabled user, with the user's language: one indexed query. */
    Optional<WebSession> liveSession(String tokenHash, String label);
}
