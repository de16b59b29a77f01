package org.vaxline.access.application;

import org.vaxline.access.domain.PasswordPolicy;
import org.vaxline.access.domain.User;
import org.vaxline.access.domain.Username;
import org.vaxline.platform.security.Actor;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Sets a user's password (the user, or a national admin): checked against the policy, stored only as its hash. */
public final class SetPassword {
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final AccessTransactions transactions;
    private final PasswordHashing hashing;
    private final Clock clock;
    private final SecureRandom random;

    public SetPassword(AccessTransactions transactions, PasswordHashing hashing, Clock clock, SecureRandom random) {
        this.transactions = transactions;
        this.hashing = hashing;
        this.clock = clock;
        this.random = random;
    }

    public void set(Actor actor, String username, String password) {
        Username.require(username);
        Permissions.requireSelfOrNational(actor, username, "set the password");
        PasswordPolicy.require(username, password);
        String hash = hashing.hash(password);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        transactions.write(repository -> {
            User user = IssueToken.requireEnabled(repository, username);
            repository.upsertPassword(user.id(), hash, now, actor.name());
            return null;
        });
    }

    /** Sets a fresh random password (the demo's) and answers it: 16 characters of letters and digits. */
    public String setFresh(Actor actor, String username) {
        StringBuilder password = new StringBuilder();
        do {
            password.setLength(0);
            for (int i = 0; i < 16; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        } while (PasswordPolicy.reasonRefused(username, password.toString()) != null);
        set(actor, username, password.toString());
        return password.toString();
    }
}
