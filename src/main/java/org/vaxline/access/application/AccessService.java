package org.vaxline.access.application;

import org.vaxline.access.domain.User;
import org.vaxline.platform.security.Actor;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The access use cases behind one door, for the adapters (CLI, HTTP, demo); each lives in its own class. */
public final class AccessService {
    private final AddUser addUser;
    private final ListUsers listUsers;
    private final IssueToken issueToken;
    private final RevokeUser revokeUser;
    private final RevokeToken revokeToken;
    private final EnsureDemoUsers demoUsers;

    public AccessService(AccessTransactions transactions, FacilityLookup facilities, Clock clock, SecureRandom random) {
        this.addUser = new AddUser(transactions, facilities, clock);
        this.listUsers = new ListUsers(transactions);
        this.issueToken = new IssueToken(transactions, clock, random);
        this.revokeUser = new RevokeUser(transactions, clock);
        this.revokeToken = new RevokeToken(transactions, clock);
        this.demoUsers = new EnsureDemoUsers(transactions, addUser, issueToken, clock);
    }

    public User addUser(Actor actor, NewUser request) {
        return addUser.add(actor, request);
    }

    public List<User> listUsers(Actor actor, String afterUsername, int limit) {
        return listUsers.list(actor, afterUsername, limit);
    }

    public IssuedToken issueToken(Actor actor, String username, String label) {
        return issueToken.issue(actor, username, label);
    }

    public User revokeUser(Actor actor, String username) {
        return revokeUser.revoke(actor, username);
    }

    public void revokeToken(Actor actor, UUID tokenId) {
        revokeToken.revoke(actor, tokenId);
    }

    public Map<String, String> ensureDemoUsers(Actor actor, List<DemoUser> users) {
        return demoUsers.ensure(actor, users);
    }
}
