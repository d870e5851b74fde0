package io.hypecheck.report;

import io.hypecheck.diagnostic.DidYouMean;
import io.hypecheck.diagnostic.HypecheckException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** The report formats by name, as {@code --format} and the config file's {@code formats} give them. */
public final class Renderers {

    private static final Map<String, Function<RenderOptions, Renderer>> FORMATS = new TreeMap<>(Map.of(
            "table", TableRenderer::new,
            "json", options -> new JsonRenderer(),
            "ndjson", options -> new NdjsonRenderer(),
            "html", options -> new HtmlRenderer(options.showSuppressed()),
            "csv", options -> new CsvRenderer(),
            "markdown", MarkdownRenderer::new,
            "sarif", SarifRenderer::new,
            "junit", options -> new JUnitRenderer(),
            "github", GithubRenderer::new));

    private Renderers() {
    }

    /** Every format name, sorted. */
    public static List<String> names() {
        return List.copyOf(FORMATS.keySet());
    }

    /**
     * The renderer of a format.
     *
     * @throws HypecheckException a configuration error (exit 2) naming the valid formats, for an unknown name
     */
    public static Renderer forName(String format, RenderOptions options) {
        Function<RenderOptions, Renderer> factory = FORMATS.get(format);
        if (factory == null) {
            throw HypecheckException.config("unknown format '" + format + "'" + DidYouMean.hint(format, FORMATS.keySet())
                    + "; formats: " + String.join(", ", names()));
        }
        return factory.apply(options);
    }
}
