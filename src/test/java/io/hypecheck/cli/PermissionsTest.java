package io.hypecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths the user may not read or write, tried by a user that permissions apply to
 * ({@link Unprivileged}: as root, hypecheck runs as nobody): a read-only output folder says
 * "permission denied", an unreadable rubric folder is exit 2 naming it.
 */
class PermissionsTest {

    @TempDir
    static Path dir;

    private static Unprivileged user;

    @BeforeAll
    static void setUp() throws Exception {
        user = Unprivileged.in(dir);
        Unprivileged.open(Files.writeString(dir.resolve("p.yaml"), "name: P\n"));
        Path out = Files.createDirectories(dir.resolve("read-only"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path rubrics = Files.createDirectories(dir.resolve("rubrics"));
        Unprivileged.open(Files.copy(Path.of("rubrics", "zk-ai.yaml"), rubrics.resolve("zk-ai.yaml")));
        Files.setPosixFilePermissions(rubrics, PosixFilePermissions.fromString("---------"));
    }

    @Test
    void aReportIntoAReadOnlyFolderSaysPermissionDenied() throws Exception {
        // when
        Subprocess result = Subprocess.runAs(user.launcher(), user.classPath(), dir,
                "score", "p.yaml", "--today", "2026-11-24", "-f", "json=read-only/r.json");

        // then
        assertThat(result.code()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("error: cannot write read-only/r.json: permission denied\n");
        assertThat(dir.resolve("read-only")).isEmptyDirectory();
    }

    @Test
    void anUnreadableRubricFolderIsExitTwoNamingIt() throws Exception {
        // when
        Subprocess result = Subprocess.runAs(user.launcher(), user.classPath(), dir,
                "score", "p.yaml", "--today", "2026-11-24", "--rubrics", "rubrics");

        // then
        assertThat(result.code()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("error: cannot read rubric folder rubrics: permission denied\n");
        assertThat(result.out()).isEmpty();
    }
}
