package dev.ftpkit.server.auth;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/**
 * Reads users from a JSON or YAML file, chosen by its extension ({@code .json}, {@code .yaml},
 * {@code .yml}):
 *
 * <pre>
 * users:
 *   - name: alice
 *     password: "pbkdf2-sha256:600000:...:..."
 *     home: alice        # optional, relative to the server root; default the root
 *     write: true        # optional; default true
 * </pre>
 */
public final class UserFile {

    private static final Set<String> FIELDS = Set.of("name", "password", "home", "write");

    private UserFile() {
    }

    /**
     * Returns the users in {@code file}.
     *
     * @throws IOException when the file cannot be read, or naming the file and the field
     *     that is missing or malformed
     */
    public static UserStore load(Path file) throws IOException {
        JsonNode root = readTree(file);
        JsonNode users = root == null ? null : root.get("users");
        if (users == null || !users.isArray()) {
            throw malformed(file, "users", "missing or not a list");
        }
        InMemoryUserStore.Builder builder = InMemoryUserStore.builder();
        for (int i = 0; i < users.size(); i++) {
            addUser(file, "users[" + i + "]", users.get(i), builder);
        }
        return builder.build();
    }

    private static JsonNode readTree(Path file) throws IOException {
        ObjectMapper mapper = mapperFor(file);
        try (InputStream in = Files.newInputStream(file)) {
            return mapper.readTree(in);
        } catch (JacksonException e) {
            // Parsers explain over several lines, with a dump of the input; the first line
            // and the position are what a person needs to find the mistake.
            String message = String.valueOf(e.getOriginalMessage()).strip().lines()
                    .findFirst().orElse("unreadable");
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")";
            throw new IOException(file + ": not valid " + formatName(file) + where + ": "
                    + message, e);
        }
    }

    private static void addUser(Path file, String where, JsonNode user,
            InMemoryUserStore.Builder builder) throws IOException {
        if (user == null || !user.isObject()) {
            throw malformed(file, where, "not a mapping of name, password, home, write");
        }
        for (Iterator<String> names = user.fieldNames(); names.hasNext();) {
            String field = names.next();
            if (!FIELDS.contains(field)) {
                throw malformed(file, where + "." + field, "unknown field; expected one of "
                        + "name, password, home, write");
            }
        }
        String name = text(file, where + ".name", user.get("name"), null);
        String password = text(file, where + ".password", user.get("password"), null);
        String home = text(file, where + ".home", user.get("home"), "");
        boolean write = bool(file, where + ".write", user.get("write"));
        try {
            PasswordHash.checkFormat(password);
        } catch (IllegalArgumentException e) {
            throw malformed(file, where + ".password", e.getMessage());
        }
        try {
            builder.add(name, password, home, write);
        } catch (IllegalArgumentException e) {
            throw malformed(file, where, e.getMessage());
        }
    }

    private static String text(Path file, String field, JsonNode node, String fallback)
            throws IOException {
        if (node == null || node.isNull()) {
            if (fallback == null) {
                throw malformed(file, field, "missing");
            }
            return fallback;
        }
        if (!node.isTextual()) {
            throw malformed(file, field, "not a string");
        }
        return node.asText();
    }

    private static boolean bool(Path file, String field, JsonNode node) throws IOException {
        if (node == null || node.isNull()) {
            return true;
        }
        if (!node.isBoolean()) {
            throw malformed(file, field, "not true or false");
        }
        return node.asBoolean();
    }

    private static IOException malformed(Path file, String field, String problem) {
        return new IOException(file + ": " + field + " " + problem);
    }

    private static ObjectMapper mapperFor(Path file) throws IOException {
        String format = formatName(file);
        if (format.equals("JSON")) {
            return new ObjectMapper();
        }
        if (format.equals("YAML")) {
            return new ObjectMapper(new YAMLFactory());
        }
        throw new IOException(file + ": unknown user file type; name it .json, .yaml or .yml");
    }

    private static String formatName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return "JSON";
        }
        return name.endsWith(".yaml") || name.endsWith(".yml") ? "YAML" : "unknown";
    }
}
