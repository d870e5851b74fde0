package io.hypecheck.yaml;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;

/**
 * Passes a YAML parser's events on to the composer while enforcing the limits that guard
 * against hostile files, each at the place it is hit: nesting depth, the number of aliases (to
 * scalars too), an alias used inside the node it names, and the size of the document once every
 * alias is expanded (which the parser's own alias limit, counting only collections, misses).
 */
final class GuardedParser implements Parser {

    /** A limit was hit at {@code mark}. */
    static final class LimitExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Mark mark;

        LimitExceeded(Mark mark, String message) {
            super(message, null, false, false);
            this.mark = mark;
        }

        Mark mark() {
            return mark;
        }
    }

    private final Parser inner;
    private final int maxDepth;
    private final int maxAliases;
    private final long maxExpanded;
    /** The running total at the start of each open collection, innermost first. */
    private final Deque<Long> openStarts = new ArrayDeque<>();
    private final Deque<String> openAnchors = new ArrayDeque<>();
    private final Map<String, Long> anchorSizes = new HashMap<>();
    private final Set<String> pending = new HashSet<>();
    private int aliases;
    /** The size of the document so far, every alias expanded: one per node plus the characters of scalars. */
    private long total;

    GuardedParser(Parser inner, int maxDepth, int maxAliases, long maxExpanded) {
        this.inner = inner;
        this.maxDepth = maxDepth;
        this.maxAliases = maxAliases;
        this.maxExpanded = maxExpanded;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        return inner.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
        return inner.peekEvent();
    }

    @Override
    public Event getEvent() {
        Event event = inner.getEvent();
        if (event instanceof ScalarEvent scalar) {
            long size = 1L + scalar.getValue().length();
            if (scalar.getAnchor() != null) {
                anchorSizes.put(scalar.getAnchor(), size);
            }
            grow(scalar, size);
        } else if (event instanceof AliasEvent alias) {
            alias(alias);
        } else if (event instanceof CollectionStartEvent start) {
            if (openStarts.size() >= maxDepth) {
                throw new LimitExceeded(start.getStartMark(), "nested more than " + maxDepth
                        + " levels deep; a project or rubric file needs at most a few");
            }
            openStarts.push(total);
            openAnchors.push(start.getAnchor() == null ? "" : start.getAnchor());
            if (start.getAnchor() != null) {
                pending.add(start.getAnchor());
            }
            grow(start, 1);
        } else if (event.is(Event.ID.SequenceEnd) || event.is(Event.ID.MappingEnd)) {
            long size = total - openStarts.pop();
            String anchor = openAnchors.pop();
            if (!anchor.isEmpty()) {
                pending.remove(anchor);
                anchorSizes.put(anchor, size);
            }
        }
        return event;
    }

    private void alias(AliasEvent alias) {
        if (++aliases > maxAliases) {
            throw new LimitExceeded(alias.getStartMark(), "more than " + maxAliases + " aliases; project and rubric files"
                    + " need no such repetition (is this a 'billion laughs' file?)");
        }
        if (pending.contains(alias.getAnchor())) {
            throw new LimitExceeded(alias.getStartMark(), "the alias '*" + alias.getAnchor()
                    + "' is used inside the node it names, which would make it endless");
        }
        grow(alias, anchorSizes.getOrDefault(alias.getAnchor(), 1L));
    }

    private void grow(Event event, long size) {
        total += size;
        if (total > maxExpanded) {
            throw new LimitExceeded(event.getStartMark(), "aliases expand this file to more than "
                    + (maxExpanded >> 20) + " MiB of text; project and rubric files need no such repetition"
                    + " (is this a 'billion laughs' file?)");
        }
    }
}
