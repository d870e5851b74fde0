import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * Prints the accuracy table of the blind evaluation set (src/test/resources/eval): per half and
 * language, the share of acceptable primary trends and verdicts, the obvious pairs in order, the
 * ROC AUC of confidence for "verdict acceptable", accuracy by confidence band, and (test half) the
 * parity of the rewritten versions. Usage: java -cp JAR .ci/Eval.java JAR TODAY [--detail dev]
 */
public class Eval {

    record Row(String id, String lang, String version, String verdict, String trend, int score, double confidence,
               boolean verdictOk, boolean trendOk) {}

    static final Path EVAL = Path.of("src/test/resources/eval");

    public static void main(String[] args) throws Exception {
        String jar = args[0];
        String today = args[1];
        boolean detail = args.length > 3 && args[2].equals("--detail") && args[3].equals("dev");
        Map<String, Map<String, Object>> split = new Yaml().load(Files.readString(EVAL.resolve("split.yaml")));
        List<Row> all = new ArrayList<>();
        Map<String, List<Map<String, Object>>> pairs = new LinkedHashMap<>();
        Map<String, Integer> scores = new LinkedHashMap<>();
        java.util.Set<String> read = new java.util.HashSet<>();
        int unread = 0;
        for (String half : List.of("dev", "test")) {
            Map<String, Object> labels = new Yaml().load(Files.readString(EVAL.resolve(half + "-labels.yaml")));
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> projects = (Map<String, Map<String, Object>>) labels.get("projects");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> halfPairs = (List<Map<String, Object>>) labels.get("pairs");
            pairs.put(half, halfPairs);
            List<String[]> versions = new ArrayList<>();
            versions.add(new String[] {"original", EVAL.resolve(half).toString()});
            String rewrites = half.equals("test") ? "rewrites" : "rewrites-dev";
            versions.add(new String[] {"rewrite-pt", EVAL.resolve(rewrites + "/pt").toString()});
            versions.add(new String[] {"rewrite-en", EVAL.resolve(rewrites + "/en").toString()});
            for (String[] version : versions) {
                if (!Files.isDirectory(Path.of(version[1]))) {
                    continue;
                }
                JsonNode report = score(jar, today, version[1]);
                for (JsonNode p : report.path("projects")) {
                    String id = p.path("id").asText();
                    Map<String, Object> label = projects.get(id);
                    if (label == null) {
                        throw new IllegalStateException("no label for " + id);
                    }
                    String trend = p.path("primary_trend").isNull() ? "none" : p.path("primary_trend").asText();
                    String verdict = p.path("verdict").asText();
                    String lang = version[0].equals("original") ? (String) split.get(id).get("lang")
                            : version[0].substring("rewrite-".length());
                    all.add(new Row(id, lang, half + "/" + version[0], verdict, trend, p.path("score").asInt(),
                            p.path("confidence").asDouble(), ((List<?>) label.get("verdicts")).contains(verdict),
                            ((List<?>) label.get("trends")).contains(trend)));
                    if (version[0].equals("original")) {
                        scores.put(id, p.path("score").asInt());
                    }
                    read.add(version[1] + "/" + id);
                }
                // A file the jar under test could not read (an older jar, a newer format) counts as wrong.
                try (var files = Files.list(Path.of(version[1]))) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                        String id = file.getFileName().toString().replaceFirst("\\.yaml$", "");
                        if (!read.contains(version[1] + "/" + id)) {
                            String lang = version[0].equals("original") ? (String) split.get(id).get("lang")
                                    : version[0].substring("rewrite-".length());
                            all.add(new Row(id, lang, half + "/" + version[0], "unread", "unread", 50, 0, false, false));
                            unread++;
                        }
                    }
                }
            }
        }
        System.out.println("| set | lang | n | trend ok | verdict ok | pairs in order | conf AUC |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String version : List.of("dev/original", "dev/rewrite-pt", "dev/rewrite-en", "test/original", "test/rewrite-pt",
                "test/rewrite-en")) {
            for (String lang : List.of("all", "en", "pt")) {
                List<Row> rows = all.stream().filter(r -> r.version.equals(version) && (lang.equals("all") || r.lang.equals(lang))).toList();
                if (rows.isEmpty()) {
                    continue;
                }
                String pairText = "";
                if (lang.equals("all") && version.endsWith("/original")) {
                    pairText = pairs(pairs.get(version.substring(0, version.indexOf('/'))), scores);
                }
                System.out.printf(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %s |%n", version, lang, rows.size(),
                        pct(rows.stream().filter(Row::trendOk).count(), rows.size()),
                        pct(rows.stream().filter(Row::verdictOk).count(), rows.size()), pairText, auc(rows));
            }
        }
        if (unread > 0) {
            System.out.printf(Locale.ROOT, "%n%d files could not be read by this jar; each counts as a wrong trend and verdict.%n", unread);
        }
        System.out.println();
        System.out.println("Accuracy by confidence band (dev and test originals):");
        List<Row> originals = all.stream().filter(r -> r.version.endsWith("/original")).toList();
        double[][] bands = {{0, 0.4}, {0.4, 0.6}, {0.6, 0.8}, {0.8, 1.01}};
        for (double[] band : bands) {
            List<Row> in = originals.stream().filter(r -> r.confidence >= band[0] && r.confidence < band[1]).toList();
            System.out.printf(Locale.ROOT, "  confidence %.1f-%.1f: %d projects, verdict ok %s%n", band[0], Math.min(1, band[1]),
                    in.size(), pct(in.stream().filter(Row::verdictOk).count(), in.size()));
        }
        for (String half : List.of("dev", "test")) {
        List<Row> test = all.stream().filter(r -> r.version.startsWith(half + "/")).toList();
        if (test.stream().anyMatch(r -> !r.version.endsWith("original"))) {
            System.out.println();
            System.out.println("Parity of the " + half + " half's rewrites against the originals:");
            for (String version : List.of(half + "/rewrite-pt", half + "/rewrite-en")) {
                int flips = 0;
                int maxDelta = 0;
                List<String> flipped = new ArrayList<>();
                for (Row r : test.stream().filter(x -> x.version.equals(version)).toList()) {
                    Row o = test.stream().filter(x -> x.version.equals(half + "/original") && x.id.equals(r.id)).findFirst().orElseThrow();
                    if (!o.verdict.equals(r.verdict)) {
                        flips++;
                        flipped.add(half.equals("dev") && detail ? r.id + " " + o.verdict + " " + o.score + "->" + r.verdict + " " + r.score : r.id);
                    }
                    maxDelta = Math.max(maxDelta, Math.abs(o.score - r.score));
                }
                System.out.printf(Locale.ROOT, "  %s: %d verdict flips, largest score change %d%s%n", version, flips, maxDelta,
                        flipped.isEmpty() ? "" : " (" + String.join(", ", flipped) + ")");
            }
        }
        }
        if (detail) {
            System.out.println();
            System.out.println("Dev half, project by project:");
            for (Row r : all.stream().filter(x -> x.version.equals("dev/original")).toList()) {
                System.out.printf(Locale.ROOT, "  %-28s %s %-9s %s %-22s %s score %3d conf %.2f%n", r.id, r.lang, r.verdict,
                        r.verdictOk ? "ok " : "BAD", r.trend, r.trendOk ? "ok " : "BAD", r.score, r.confidence);
            }
        }
    }

    static JsonNode score(String jar, String today, String dir) throws Exception {
        Process process = new ProcessBuilder("java", "-jar", jar, "score", dir, "-f", "json", "--today", today)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = process.getInputStream()) {
            in.transferTo(out);
        }
        int code = process.waitFor();
        if (code != 0 && code != 1 && code != 3) {
            throw new IllegalStateException("hypecheck exited " + code + " on " + dir);
        }
        return new ObjectMapper().readTree(out.toByteArray());
    }

    static String pairs(List<Map<String, Object>> pairs, Map<String, Integer> scores) {
        int ok = 0;
        for (Map<String, Object> pair : pairs) {
            Integer above = scores.get((String) pair.get("above"));
            Integer below = scores.get((String) pair.get("below"));
            if (above != null && below != null && above > below) {
                ok++;
            }
        }
        return ok + "/" + pairs.size();
    }

    static String pct(long k, int n) {
        return n == 0 ? "-" : String.format(Locale.ROOT, "%.0f%% (%d/%d)", 100.0 * k / n, k, n);
    }

    /** ROC AUC of confidence as a predictor of an acceptable verdict (ties count half). */
    static String auc(List<Row> rows) {
        List<Row> good = rows.stream().filter(Row::verdictOk).toList();
        List<Row> bad = rows.stream().filter(r -> !r.verdictOk).toList();
        if (good.isEmpty() || bad.isEmpty()) {
            return "-";
        }
        double sum = 0;
        for (Row g : good) {
            for (Row b : bad) {
                sum += g.confidence > b.confidence ? 1 : g.confidence == b.confidence ? 0.5 : 0;
            }
        }
        return String.format(Locale.ROOT, "%.2f", sum / (good.size() * (double) bad.size()));
    }
}
