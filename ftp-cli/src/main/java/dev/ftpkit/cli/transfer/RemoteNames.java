package dev.ftpkit.cli.transfer;

/** Splits and joins remote paths, which FTP writes with '/' whatever the server's system. */
final class RemoteNames {

    private RemoteNames() {
    }

    /** Returns the last segment of {@code path}, trailing slashes ignored; "" for "" or "/". */
    static String name(String path) {
        String trimmed = stripTrailingSlashes(path);
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /** Returns {@code name} inside {@code directory}; "" as directory is the login one. */
    static String join(String directory, String name) {
        if (directory.isEmpty()) {
            return name;
        }
        return directory.endsWith("/") ? directory + name : directory + "/" + name;
    }

    /** Returns whether {@code path} names a directory by its form: "", or ending in '/'. */
    static boolean isDirectoryForm(String path) {
        return path.isEmpty() || path.endsWith("/");
    }

    private static String stripTrailingSlashes(String path) {
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }
}
