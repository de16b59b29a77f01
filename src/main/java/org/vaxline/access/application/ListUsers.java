package org.vaxline.access.application;

import org.vaxline.access.domain.User;
import org.vaxline.platform.security.Actor;

import java.util.List;

/** Lists users by name, a page at a time; only national admins may see who has access. */
public final class ListUsers {
    private final AccessTransactions transactions;

    public ListUsers(AccessTransactions transactions) {
        this.transactions = transactions;
    }

    /** Up to {@code limit} users named after {@code afterUsername} (null: from the start). */
    public List<User> list(Actor actor, String afterUsername, int limit) {
        actor.requireNational("list users");
        return transactions.read(repository -> repository.listUsers(afterUsername, limit));
    }
}
