package dev.ftpkit.server.internal.storage;

import java.util.ArrayList;
import java.util.List;

/**
 * A path as the client sees it: absolute, normalized, rooted at the user's home ("/" is the
 * home). Built only by {@link #resolve}, which cannot climb above "/", so a VirtualPath
 * never names anything outside the root by its names alone (symbolic links are checked by
 * {@link UserFileSystem}).
 *
 * @param names the names from the root down, none empty, ".", or ".."
 */
public record VirtualPath(List<String> names) {

    /** The user's root, shown as "/". */
    public static final VirtualPath ROOT = new VirtualPath(List.of());

    public VirtualPath {
        names = List.copyOf(names);
    }

    /**
     * Returns the path {@code argument} names, seen from this directory: absolute when it
     * starts with "/", relative otherwise. "." is skipped and ".." stops at the root.
     */
    public VirtualPath resolve(String argument) {
        List<String> result = new ArrayList<>(argument.startsWith("/") ? List.of() : names);
        for (String name : argument.split("/")) {
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                if (!result.isEmpty()) {
                    result.remove(result.size() - 1);
                }
                continue;
            }
            result.add(name);
        }
        return new VirtualPath(result);
    }

    /** Returns whether this is the user's root. */
    public boolean isRoot() {
        return names.isEmpty();
    }

    /** Returns the parent directory; the root is its own parent. */
    public VirtualPath parent() {
        return isRoot() ? this : new VirtualPath(names.subList(0, names.size() - 1));
    }

    /** Returns the last name, or "/" for the root. */
    public String name() {
        return isRoot() ? "/" : names.get(names.size() - 1);
    }

    /** Returns the child called {@code name}. */
    public VirtualPath child(String name) {
        List<String> result = new ArrayList<>(names);
        result.add(name);
        return new VirtualPath(result);
    }

    /** Returns the path as the client sees it: "/" or "/dir/file". */
    @Override
    public String toString() {
        return "/" + String.join("/", names);
    }
}
