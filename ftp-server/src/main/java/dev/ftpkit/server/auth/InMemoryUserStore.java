package dev.ftpkit.server.auth;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A fixed set of users, each with a {@link PasswordHash} and a home under the server root. */
public final class InMemoryUserStore implements UserStore {

    private final Map<String, Entry> users;

    // Checked when the name is unknown, with the cost of a real user's hash, so a wrong name
    // takes as long as a wrong password and the timing does not tell which names exist.
    private final String decoyHash;

    private InMemoryUserStore(Map<String, Entry> users) {
        this.users = Map.copyOf(users);
        int iterations = users.values().stream().findFirst()
                .map(entry -> PasswordHash.iterations(entry.passwordHash()))
                .orElse(1);
        this.decoyHash = PasswordHash.hash("decoy".toCharArray(), iterations);
    }

    /** Returns an empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Optional<UserAccount> authenticate(String name, String password) {
        Entry entry = users.get(name);
        char[] chars = password.toCharArray();
        if (entry == null) {
            PasswordHash.verify(chars, decoyHash);
            return Optional.empty();
        }
        return PasswordHash.verify(chars, entry.passwordHash())
                ? Optional.of(entry.account()) : Optional.empty();
    }

    /** Returns the number of users. */
    public int size() {
        return users.size();
    }

    private record Entry(UserAccount account, String passwordHash) {
    }

    /** Collects users; names are case-sensitive and unique. */
    public static final class Builder {

        private final Map<String, Entry> users = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds a user.
         *
         * @param name the login name, not blank
         * @param passwordHash an encoded {@link PasswordHash}
         * @param home the home relative to the server root, "" for the root itself
         * @param canWrite whether the user may change files
         * @throws IllegalArgumentException when the name is taken or a value is malformed
         */
        public Builder add(String name, String passwordHash, String home, boolean canWrite) {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("user name is blank");
            }
            if (users.containsKey(name)) {
                throw new IllegalArgumentException("user added twice: " + name);
            }
            PasswordHash.checkFormat(Objects.requireNonNull(passwordHash, "passwordHash"));
            UserAccount account = new UserAccount(name, Path.of(Objects.requireNonNull(home,
                    "home")), canWrite);
            users.put(name, new Entry(account, passwordHash));
            return this;
        }

        /** Returns the store. */
        public InMemoryUserStore build() {
            return new InMemoryUserStore(users);
        }
    }
}
