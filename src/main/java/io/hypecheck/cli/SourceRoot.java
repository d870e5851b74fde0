package io.hypecheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root SARIF URIs are relative to: {@code --source-root}, else the git work tree around the working folder, else the working folder. */
final class SourceRoot {

    private SourceRoot() {
    }

    /** The nearest folder at or above {@code start} that holds {@code .git} (a folder, or a file in worktrees and submodules); {@code start} when none does. */
    static Path find(Path start) {
        Path absolute = start.toAbsolutePath().normalize();
        for (Path dir = absolute; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return dir;
            }
        }
        return absolute;
    }
}
