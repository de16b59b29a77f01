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
    private final SetPassword setPassword;
    private final WebSignIn webSignIn;

    public AccessService(AccessTransactions transactions, FacilityLookup facilities, Clock clock, SecureRandom random) {
        this.addUser = new AddUser(transactions, facilities, clock);
        this.listUsers = new ListUsers(transactions);
        this.issueToken = new IssueToken(transactions, clock, random);
        this.revokeUser = new RevokeUser(transactions, clock);
        this.revokeToken = new RevokeToken(transactions, clock);
        this.demoUsers = new EnsureDemoUsers(transactions, addUser, issueToken, clock);
        PasswordHashing hashing = new PasswordHashing();
        this.setPassword = new SetPassword(transactions, hashing, clock, random);
        this.webSignIn = new WebSignIn(transactions, hashing, new SignInThrottle(transactions, clock), clock, random);
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

    public void setPassword(Actor actor, String username, String password) {
        setPassword.set(actor, username, password);
    }

    /** Sets a fresh random password and answers it (the demo prints one per demo user). */
    public String setFreshPassword(Actor actor, String username) {
        return setPassword.setFresh(actor, username);
    }

    /** Web sign-in, sessions, sign-out and each user's language. */
    public WebSignIn web() {
        return webSignIn;
    }

    public Map<String, String> ensureDemoUsers(Actor actor, List<DemoUser> users) {
        return demoUsers.ensure(actor, users);
    }
}
