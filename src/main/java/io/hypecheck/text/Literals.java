package io.hypecheck.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The literals that compiled rules' patterns need ({@link Needs#scanned}), each numbered once, and
 * the one {@link LiteralScan} of all of them that every text is read by. The scan is built when it
 * is first asked for after the rubrics compiled, and again only if a later compile adds literals.
 */
final class Literals {

    private static final Map<String, Integer> IDS = new HashMap<>();
    private static final List<String> ALL = new ArrayList<>();
    /** How many literals are numbered: the scan is current when it looks for that many. */
    private static volatile int count;
    private static volatile LiteralScan scan = LiteralScan.of(List.of());

    private Literals() {
    }

    /** The number of a literal (lower-case ASCII), given it when first met. */
    static synchronized int id(String literal) {
        Integer id = IDS.get(literal);
        if (id == null) {
            if (!literal.chars().allMatch(c -> c < 128)) {
                throw new IllegalArgumentException("a scanned literal is ASCII: " + literal);
            }
            id = ALL.size();
            IDS.put(literal, id);
            ALL.add(literal);
            count = ALL.size();
        }
        return id;
    }

    /** The scan of every literal numbered so far. */
    static LiteralScan scan() {
        LiteralScan current = scan;
        return current.size() == count ? current : rebuilt();
    }

    private static synchronized LiteralScan rebuilt() {
        if (scan.size() != ALL.size()) {
            scan = LiteralScan.of(List.copyOf(ALL));
        }
        return scan;
    }
}
