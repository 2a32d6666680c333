package io.jixiao.read.flat;

import io.jixiao.read.table.TableField;
import io.jixiao.read.table.Vocabulary;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The vocabulary's labels as words to find inside text that lost its cell borders: where a label starts, what kind
 * it is, and where it ends (its notes "(万元)", "(B/A)", "(10分)" and a colon included), single blanks inside it
 * allowed ("产 出 指 标"). Only exact synonyms are
 * searched; two-character words ("分值", "得分") only inside a header's run of column names, where no free text
 * can hide them. A short prefix the vocabulary names (label_prefix: "区级", "自治区", "市县") joins the label it
 * precedes.
 */
final class FlatLabels {

    /** What a label opens. */
    enum Kind {
        FIELD, OTHER, FUND_TABLE, FUND_COLUMN, FUND_SOURCE, GOAL, GOAL_COLUMN, TEXT, INDICATOR_COLUMN, LEVEL, TOTAL,
        GRADE
    }

    /**
     * A label found at [start, end) (its notes included), followed by a colon when {@code after > end}; its kind, and
     * the column it names when it is a column name.
     */
    record Found(Kind kind, int start, int end, int after, TableField column) {
    }

    private static final int MAX_NOTE = 12;
    private static final int SHORT_WORD = 2;

    private final Map<Character, List<Word>> byFirst = new HashMap<>();
    private final List<String> prefixes = new ArrayList<>();

    private record Word(String text, Kind kind, TableField column) {
    }

    FlatLabels(Vocabulary vocabulary) {
        Map<Kind, String> categories = new EnumMap<>(Kind.class);
        categories.put(Kind.FIELD, "field");
        categories.put(Kind.OTHER, "other_label");
        categories.put(Kind.FUND_TABLE, "fund_table");
        categories.put(Kind.FUND_COLUMN, "fund_column");
        categories.put(Kind.FUND_SOURCE, "fund_source");
        categories.put(Kind.GOAL, "goal_label");
        categories.put(Kind.GOAL_COLUMN, "goal_column");
        categories.put(Kind.TEXT, "text");
        categories.put(Kind.INDICATOR_COLUMN, "indicator_column");
        categories.put(Kind.TOTAL, "total");
        categories.put(Kind.GRADE, "grade");
        categories.forEach((kind, category) -> vocabulary.synonyms(category).forEach((synonym, key) -> add(synonym,
                kind, kind == Kind.FUND_COLUMN || kind == Kind.INDICATOR_COLUMN
                        ? TableField.ofCode(key).orElse(TableField.IGNORED) : null)));
        for (String category : List.of("level1", "level2")) {
            // only names ending in 指标: shorter level words ("绩效目标", "管理") are common in indicator names
            vocabulary.synonyms(category).keySet().stream().filter(name -> name.length() >= 4 && name.endsWith("指标"))
                    .forEach(name -> add(name, Kind.LEVEL, null));
        }
        prefixes.addAll(vocabulary.synonyms("label_prefix").keySet());
        byFirst.values().forEach(words -> words.sort((a, b) -> b.text.length() - a.text.length()));
    }

    private void add(String synonym, Kind kind, TableField column) {
        if (synonym.length() >= SHORT_WORD) {
            byFirst.computeIfAbsent(synonym.charAt(0), c -> new ArrayList<>()).add(new Word(synonym, kind, column));
        }
    }

    /**
     * The longest label of one of {@code kinds} starting at {@code at} (words of two characters only when
     * {@code shortWords}).
     */
    Optional<Found> at(String flat, int at, Set<Kind> kinds, boolean shortWords) {
        List<Word> words = byFirst.get(flat.charAt(at));
        if (words == null) {
            return Optional.empty();
        }
        for (Word word : words) {
            if (kinds.contains(word.kind) && (shortWords || word.text.length() > SHORT_WORD)) {
                int matched = matchEnd(flat, at, word.text);
                if (matched > 0) {
                    int end = withNotes(flat, matched);
                    return Optional.of(new Found(word.kind, at, end, afterColon(flat, end), word.column));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Where {@code word} ends when written at {@code at}, single blanks between its characters allowed (PDF text
     * letter-spaces labels: "年初指 标值", "产 出 指 标"); -1 when it is not written there.
     */
    private static int matchEnd(String flat, int at, String word) {
        if (flat.startsWith(word, at)) {
            return at + word.length();
        }
        int i = at;
        for (int k = 0; k < word.length(); k++) {
            if (k > 0 && i < flat.length() && flat.charAt(i) == ' ') {
                i++;
            }
            if (i >= flat.length() || flat.charAt(i) != word.charAt(k)) {
                return -1;
            }
            i++;
        }
        return i;
    }

    /** The first label of one of {@code kinds} at or after {@code from}, its prefix included. */
    Optional<Found> next(String flat, int from, Set<Kind> kinds) {
        for (int i = from; i < flat.length(); i++) {
            Optional<Found> found = at(flat, i, kinds, false);
            if (found.isPresent()) {
                return Optional.of(withPrefix(flat, from, found.get()));
            }
        }
        return Optional.empty();
    }

    private Found withPrefix(String flat, int from, Found found) {
        for (String prefix : prefixes) {
            int start = found.start() - prefix.length();
            if (start >= from && flat.startsWith(prefix, start)) {
                return new Found(found.kind(), start, found.end(), found.after(), found.column());
            }
        }
        return found;
    }

    /** The end of a label with its notes: "(万元)", "(A)", "(10分)". */
    private static int withNotes(String flat, int end) {
        int at = end;
        while (at < flat.length() && (flat.charAt(at) == '(' || flat.charAt(at) == '（')) {
            int close = -1;
            for (int i = at + 1; i < Math.min(flat.length(), at + MAX_NOTE); i++) {
                if (flat.charAt(i) == ')' || flat.charAt(i) == '）') {
                    close = i;
                    break;
                }
            }
            if (close < 0) {
                break;
            }
            at = close + 1;
        }
        return at;
    }

    private static int afterColon(String flat, int end) {
        return end < flat.length() && (flat.charAt(end) == ':' || flat.charAt(end) == '：') ? end + 1 : end;
    }
}
