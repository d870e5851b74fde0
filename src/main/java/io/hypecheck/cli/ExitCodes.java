package io.hypecheck.cli;

/** The exit-code lines every command's help lists (SPEC §5). */
final class ExitCodes {

    static final String HEADING = "%nExit codes:%n";
    static final String OK = "0:everything was scored, and no fail condition was met";
    static final String FAIL = "1:the fail condition you set (--fail-on, --min-score, --fail-on-regression) was met";
    static final String USAGE = "2:usage or configuration error (bad option, config, rubric or plugin, a path with no project file, no path); nothing scored";
    static final String INVALID = "3:some input files were invalid; the others were scored and reported (wins over 1)";
    static final String INTERNAL = "4:internal error in hypecheck or a plugin";

    private ExitCodes() {
    }
}
