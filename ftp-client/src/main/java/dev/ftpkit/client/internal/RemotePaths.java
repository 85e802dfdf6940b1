package dev.ftpkit.client.internal;

import java.util.ArrayList;
import java.util.List;

/** Joins and splits remote paths, which FTP writes with '/' whatever the server's system. */
public final class RemotePaths {

    private RemotePaths() {
    }

    /** Returns {@code name} inside {@code directory}; "" as directory means the working one. */
    public static String join(String directory, String name) {
        if (directory.isEmpty()) {
            return name;
        }
        return directory.endsWith("/") ? directory + name : directory + "/" + name;
    }

    /** Returns the last segment of {@code path}, trailing slashes ignored. */
    public static String name(String path) {
        String trimmed = stripTrailingSlashes(path);
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /** Returns the directory holding {@code path}: "" for a bare name, "/" for "/a". */
    public static String parent(String path) {
        String trimmed = stripTrailingSlashes(path);
        int slash = trimmed.lastIndexOf('/');
        if (slash < 0) {
            return "";
        }
        return slash == 0 ? "/" : trimmed.substring(0, slash);
    }

    /** Returns the ancestors of {@code path} and the path itself, shortest first: a, a/b, a/b/c. */
    public static List<String> prefixes(String path) {
        List<String> prefixes = new ArrayList<>();
        String trimmed = stripTrailingSlashes(path);
        for (int i = 1; i <= trimmed.length(); i++) {
            if (i == trimmed.length() || trimmed.charAt(i) == '/') {
                String prefix = trimmed.substring(0, i);
                if (!prefix.isEmpty() && !prefix.equals("/")
                        && (prefixes.isEmpty() || !prefixes.get(prefixes.size() - 1)
                                .equals(prefix))) {
                    prefixes.add(prefix);
                }
            }
        }
        return prefixes;
    }

    private static String stripTrailingSlashes(String path) {
        int end = path.length();
        while (end > 1 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }
}
