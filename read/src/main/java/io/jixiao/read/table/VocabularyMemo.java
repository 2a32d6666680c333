package io.jixiao.read.table;

import io.jixiao.schema.Memo;
import java.util.function.BiFunction;

/**
 * A {@link Memo} of answers about a text under the vocabulary in force: a new vocabulary (a user's templates) starts
 * a new memo. Keyed by the text alone, since a composite key's equality cost more than the answers saved.
 */
public final class VocabularyMemo<V> {

    private record Current<V>(Vocabulary vocabulary, Memo<String, V> memo) {
    }

    private final BiFunction<String, Vocabulary, V> function;
    private final int limit;
    private volatile Current<V> current;

    public VocabularyMemo(BiFunction<String, Vocabulary, V> function, int limit) {
        this.function = function;
        this.limit = limit;
    }

    public V get(String text, Vocabulary vocabulary) {
        Current<V> memo = current;
        if (memo == null || memo.vocabulary() != vocabulary) {
            memo = new Current<>(vocabulary, new Memo<>(key -> function.apply(key, vocabulary), limit));
            current = memo;
        }
        return memo.memo().get(text);
    }
}
