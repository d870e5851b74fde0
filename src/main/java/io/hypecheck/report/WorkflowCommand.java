package io.hypecheck.report;

import java.util.ArrayList;
import java.util.List;

/**
 * One GitHub Actions workflow command, {@code ::warning file=F,line=L,title=T::message}, escaped
 * as the Actions runner expects: in the message {@code %}, CR and LF as {@code %25 %0D %0A}; in
 * property values also {@code :} and {@code ,} as {@code %3A %2C}.
 */
final class WorkflowCommand {

    private final String command;
    private final List<String> properties = new ArrayList<>();

    /** A command such as {@code warning}, {@code notice} or {@code error}. */
    WorkflowCommand(String command) {
        this.command = command;
    }

    /** Adds a property; properties keep the order they are added in. */
    WorkflowCommand property(String name, Object value) {
        properties.add(name + "=" + property(String.valueOf(value)));
        return this;
    }

    /** The command line with {@code message}, without a line break. */
    String line(String message) {
        return "::" + command + (properties.isEmpty() ? "" : " " + String.join(",", properties)) + "::" + data(message);
    }

    /** Escapes a message. */
    static String data(String value) {
        return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value. */
    static String property(String value) {
        return data(value).replace(":", "%3A").replace(",", "%2C");
    }
}
