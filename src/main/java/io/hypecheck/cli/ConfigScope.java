package io.hypecheck.cli;

import java.util.List;

/** A command whose config file is looked for at or above the paths it is given, not the working folder alone. */
interface ConfigScope {

    /** The paths the config file is looked for at or above. */
    List<String> configPaths();
}
