package io.jixiao.read.table;

import io.jixiao.read.layout.MatchKey;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An indicator level cell read: the name as written (blanks, notes and the category weight removed), the nearest
 * national level name, whether it is a level-1 and/or level-2 name, and the category weight a label states
 * ("产出指标(50分)", "产 出 指 标 (50分)"). Notes such as "(必填硬性指标)", "(选填)" and weight ranges "(0-20)分" are
 * dropped from the name; a range is not a weight.
 */
public record LevelName(String name, String national, boolean level1, boolean level2, BigDecimal weight,
                        String written) {

    private static final Pattern WEIGHT = Pattern.compile("[(]?(\\d+(?:\\.\\d+)?)分[)]?$");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(?:[一二三四五六七八九十]+[、.]|\\d+[、.])");

    // the same cells are asked by the cell classes, the level rows and the level columns: each text is read once
    private static final VocabularyMemo<Optional<LevelName>> READ = new VocabularyMemo<>(LevelName::read, 200_000);

    /** The level a cell names, if the vocabulary (or a near variant of one of its names) knows it. */
    public static Optional<LevelName> of(String text, Vocabulary vocabulary) {
        return READ.get(text, vocabulary);
    }

    private static Optional<LevelName> read(String text, Vocabulary vocabulary) {
        String key = MatchKey.compact(text);
        if (key.isEmpty() || key.length() > 30) {
            return Optional.empty();
        }
        BigDecimal weight = null;
        if (key.endsWith("分") || key.endsWith("分)")) {
            Matcher weightMatch = WEIGHT.matcher(key);
            if (weightMatch.find() && weightMatch.start() > 1) {
                weight = new BigDecimal(weightMatch.group(1));
                key = key.substring(0, weightMatch.start());
            }
        }
        // notes are cut from the end by hand: a regular expression searched from every position was the hot spot
        while (key.endsWith(")") || key.endsWith(")分")) {
            int open = key.lastIndexOf('(');
            if (open <= 0) {
                break;
            }
            key = key.substring(0, open);
        }
        char first = key.isEmpty() ? ' ' : key.charAt(0);
        if (first >= '0' && first <= '9' || "一二三四五六七八九十".indexOf(first) >= 0) {
            key = LEADING_NUMBER.matcher(key).replaceFirst("");
        }
        Optional<String> one = vocabulary.lookUp("level1", key);
        Optional<String> two = vocabulary.lookUp("level2", key);
        if (one.isEmpty() && two.isEmpty()) {
            Optional<String> near = nearLevel2(key, vocabulary);
            if (near.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new LevelName(key, near.get(), false, true, weight, text));
        }
        return Optional.of(new LevelName(key, one.orElseGet(two::get), one.isPresent(), two.isPresent(), weight,
                text));
    }

    /**
     * A level-2 name written with a stutter or extra words ("社会效益效益指标"): it ends in 指标 and starts with a
     * level-2 name of four or more characters.
     */
    private static Optional<String> nearLevel2(String key, Vocabulary vocabulary) {
        if (!key.endsWith("指标") || key.length() > 12) {
            return Optional.empty();
        }
        for (var entry : vocabulary.synonyms("level2").entrySet()) {
            String word = entry.getKey();
            if (word.length() >= 4 && !word.endsWith("指标") && key.startsWith(word)) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }
}
