package io.jixiao.schema;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Answers of a pure function remembered by their question, for the questions the reader asks of every cell (what a
 * cell text is, what value a target cell states, how a row shape aligns to a header). Thread-safe (Spark tasks share it); forgets everything once it
 * holds {@code limit} answers, so that a long batch of ever-new texts cannot exhaust the heap.
 */
public final class Memo<K, V> {

    private final Function<K, V> function;
    private final int limit;
    private final Map<K, V> answers = new ConcurrentHashMap<>();

    public Memo(Function<K, V> function, int limit) {
        this.function = function;
        this.limit = limit;
    }

    public V get(K question) {
        V known = answers.get(question);
        if (known == null) {
            known = function.apply(question);
            if (answers.size() >= limit) {
                answers.clear();
            }
            answers.put(question, known);
        }
        return known;
    }
}
