package io.jixiao.read.table;

import io.jixiao.read.layout.MatchKey;
import java.util.Optional;

/**
 * Maps a header cell to its field through the vocabulary. A header's own notes in parentheses are dropped one at a
 * time from the end until a synonym matches: "预算数(A)" → 预算数, "得分(20分*执行率)" → 得分, "执行率(B/A×100%)" →
 * 执行率, while "全年(程)预算数" matches as written.
 */
public final class ColumnNames {

    private final Vocabulary vocabulary;
    private final String category;

    private ColumnNames(Vocabulary vocabulary, String category) {
        this.vocabulary = vocabulary;
        this.category = category;
    }

    public static ColumnNames indicators(Vocabulary vocabulary) {
        return new ColumnNames(vocabulary, "indicator_column");
    }

    public static ColumnNames funds(Vocabulary vocabulary) {
        return new ColumnNames(vocabulary, "fund_column");
    }

    // every row is tried as a header: its cells' answers are remembered, by match key
    private static final VocabularyMemo<Optional<TableField>> INDICATOR_COLUMNS = new VocabularyMemo<>(
            (text, vocabulary) -> new ColumnNames(vocabulary, "indicator_column").fieldOf(text), 100_000);
    private static final VocabularyMemo<Optional<TableField>> FUND_COLUMNS = new VocabularyMemo<>(
            (text, vocabulary) -> new ColumnNames(vocabulary, "fund_column").fieldOf(text), 100_000);

    public Optional<TableField> field(String cellText) {
        return fieldOfKey(MatchKey.of(cellText));
    }

    /** {@link #field} of a cell given its match key ({@code Cell.key()}), which is all the answer depends on. */
    public Optional<TableField> fieldOfKey(String key) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return (category.equals("indicator_column") ? INDICATOR_COLUMNS : FUND_COLUMNS).get(key, vocabulary);
    }

    private Optional<TableField> fieldOf(String key) {
        while (!key.isEmpty()) {
            Optional<TableField> field = exactOrContaining(key);
            if (field.isPresent()) {
                return field;
            }
            int open = key.endsWith(")") ? key.lastIndexOf('(') : -1;
            if (open <= 0) {
                return Optional.empty();
            }
            key = key.substring(0, open);
        }
        return Optional.empty();
    }

    private Optional<TableField> exactOrContaining(String key) {
        String code = vocabulary.synonyms(category).get(key);
        if (code == null) {
            code = vocabulary.lookUp(category, key).orElse(null);
        }
        return code == null ? Optional.empty() : TableField.ofCode(code);
    }
}
