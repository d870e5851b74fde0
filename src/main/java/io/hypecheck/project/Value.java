package io.hypecheck.project;

import io.hypecheck.api.Location;
import io.hypecheck.api.TextLocator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A loaded value of a project file, typed by the format and carrying its source location. */
public sealed interface Value permits Value.Scalar, Value.Items, Value.Fields {

    /** Where the value stands in the file. */
    Location location();

    /**
     * A scalar: a {@link String}, {@link BigDecimal}, {@link Boolean} or {@link LocalDate}.
     *
     * @param value    the typed value
     * @param text     the value as written, for messages
     * @param location where it stands
     * @param locator  maps character ranges of a text value to file locations
     */
    record Scalar(Object value, String text, Location location, TextLocator locator) implements Value {
        public Scalar {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(locator, "locator");
        }
    }

    /** A list, in file order. */
    record Items(List<Value> items, Location location) implements Value {
        public Items {
            items = List.copyOf(items);
            Objects.requireNonNull(location, "location");
        }
    }

    /** A mapping of known fields, in file order. */
    record Fields(Map<String, Value> fields, Location location) implements Value {
        public Fields {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
            Objects.requireNonNull(location, "location");
        }

        /** The scalar at a dotted path of mappings ({@code token.symbol}), if present. */
        public java.util.Optional<Scalar> scalar(String path) {
            Value current = this;
            for (String name : path.split("\\.")) {
                if (!(current instanceof Fields f) || (current = f.fields().get(name)) == null) {
                    return java.util.Optional.empty();
                }
            }
            return current instanceof Scalar s ? java.util.Optional.of(s) : java.util.Optional.empty();
        }
    }
}
