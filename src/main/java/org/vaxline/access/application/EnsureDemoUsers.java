package org.vaxline.access.application;

import org.vaxline.access.domain.User;
import org.vaxline.platform.security.Actor;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the demo users exist (a user already there is kept as it is) and gives each a fresh token,
 * revoking the tokens earlier demo runs gave them, so that re-running the demo leaves one live demo token each.
 */
public final class EnsureDemoUsers {
    public static final String LABEL = "demo";

    private final AccessTransactions transactions;
    private final AddUser addUser;
    private final IssueToken issueToken;
    private final Clock clock;

    public EnsureDemoUsers(AccessTransactions transactions, AddUser addUser, IssueToken issueToken, Clock clock) {
        this.transactions = transactions;
        this.addUser = addUser;
        this.issueToken = issueToken;
        this.clock = clock;
    }

    /** Answers username → fresh token, in the order given; all of it is written or none. */
    public Map<String, String> ensure(Actor actor, List<DemoUser> users) {
        List<User> prepared = new ArrayList<>();
        for (DemoUser user : users) {
            prepared.add(addUser.prepare(actor, new NewUser(user.username(), user.role(), user.facilityId())));
        }
        return transactions.write(repository -> {
            Map<String, String> tokens = new LinkedHashMap<>();
            for (User candidate : prepared) {
                if (repository.findUser(candidate.username()).isEmpty()) {
                    repository.insertUser(candidate);
                }
                User user = IssueToken.requireEnabled(repository, candidate.username());
                repository.revokeTokensOfUser(user.id(), LABEL, clock.instant().truncatedTo(ChronoUnit.MICROS), actor.name());
                tokens.put(user.username(), issueToken.issueIn(repository, actor, user, LABEL).token());
            }
            return Collections.unmodifiableMap(tokens);
        });
    }
}
