package io.hypecheck.project;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;
import io.hypecheck.yaml.YamlNode;

/** Converts one YAML scalar to the Java value a field's kind calls for, or null when it cannot. */
final class ScalarConverter {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private ScalarConverter() {
    }

    static Object convert(Field field, YamlNode.Scalar node) {
        String text = node.value();
        String tag = node.tag();
        boolean number = YamlNode.INT.equals(tag) || YamlNode.FLOAT.equals(tag);
        return switch (field.kind()) {
            case TEXT -> text.isBlank() ? null : text.strip();
            case SLUG -> SLUG.matcher(text).matches() ? text : null;
            case URL -> url(text);
            case INT -> YamlNode.INT.equals(tag) ? integer(text) : null;
            case NUMBER -> number ? decimal(text) : null;
            case AMOUNT -> YamlNode.BOOL.equals(tag) ? null : AmountParser.parse(text.replace("_", ""))
                    .or(() -> java.util.Optional.ofNullable(number ? decimal(text) : null).map(BigDecimal::stripTrailingZeros))
                    .orElse(null);
            case BOOL -> YamlNode.BOOL.equals(tag) ? Boolean.valueOf(bool(text)) : null;
            case DATE -> DateParser.parse(text).orElse(null);
            case CHOICE -> field.choices().contains(text.toLowerCase(Locale.ROOT)) ? text.toLowerCase(Locale.ROOT) : null;
            case OBJECT, LIST -> null;
        };
    }

    private static BigDecimal integer(String text) {
        try {
            return new BigDecimal(text.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text.replace("_", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "y" -> true;
            default -> false;
        };
    }

    private static String url(String text) {
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme();
            boolean web = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
            return web && uri.getHost() != null ? text.strip() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
