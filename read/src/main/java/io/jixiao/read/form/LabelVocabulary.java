package io.jixiao.read.form;

import io.jixiao.read.layout.MatchKey;
import io.jixiao.read.table.LevelName;
import io.jixiao.read.table.VocabularyMemo;
import io.jixiao.read.table.Vocabulary;
import io.jixiao.schema.vocabulary.FundSource;
import java.util.Optional;
import java.util.Set;

/**
 * The labels that anchor rows in budget performance forms, read from the {@link Vocabulary}. The predicates take
 * a cell's {@link MatchKey} (full-width folded, blanks removed, trailing colon dropped), so that "年度 总体 目标",
 * "满意 度指 标" and "年度资金总额：" match.
 */
public final class LabelVocabulary {

    private static final Set<String> OTHER_ANCHORS = Set.of(
            "总分", "评分等级", "一级指标", "二级指标", "三级指标", "收入", "支出", "项目负责人/联系电话");

    private LabelVocabulary() {
    }

    /** The compact form of any text (see {@link MatchKey}). */
    public static String compact(String text) {
        return MatchKey.compact(text);
    }

    /** The match key of a cell that may be a label (see {@link MatchKey}); the predicates below take such keys. */
    public static String key(String cell) {
        return MatchKey.of(cell);
    }

    /** Blanks removed, as written otherwise: how level names are stored ("满意 度指 标" → "满意度指标"). */
    public static String withoutBlanks(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u3000') {
                out.append(c);
            }
        }
        return out.length() == text.length() ? text : out.toString();
    }

    private static Vocabulary vocabulary() {
        return Vocabulary.active();
    }

    /** What a label key is, worked out once per key and vocabulary: every cell is asked many of these questions. */
    record Kinds(Optional<String> field, Optional<String> text, boolean goalLabel, boolean goalColumn,
                         boolean fundTable, boolean total, boolean grade, Optional<FundSource> fundSource,
                         boolean anchor, boolean footer) {
    }

    /** The kinds of an empty key (a cell too long to be a label): none. */
    static final Kinds NONE = new Kinds(Optional.empty(), Optional.empty(), false, false, false, false, false,
            Optional.empty(), false, false);

    private static final VocabularyMemo<Kinds> KINDS = new VocabularyMemo<>(LabelVocabulary::computeKinds, 200_000);

    /** Everything a label key is, in one look-up (for code that asks several questions of each cell). */
    static Kinds kinds(String key) {
        return KINDS.get(key, vocabulary());
    }

    private static Kinds computeKinds(String key, Vocabulary vocabulary) {
        Optional<String> field = vocabulary.lookUp("field", key);
        Optional<String> text = vocabulary.lookUp("text", key);
        boolean goalLabel = vocabulary.contains("goal_label", key);
        boolean goalColumn = vocabulary.contains("goal_column", key);
        boolean fundTable = computeFundTable(key, vocabulary);
        boolean level = LevelName.of(key, vocabulary).isPresent();
        String label = key.startsWith("其中") ? key.substring(2) : key;
        Optional<FundSource> source = vocabulary.lookUp("fund_source", label.startsWith(":") ? label.substring(1)
                : label).flatMap(FundSource::ofCode);
        boolean anchor = field.isPresent() || text.isPresent() || goalLabel || goalColumn
                || OTHER_ANCHORS.contains(key) || fundTable || isIndicatorHeader(key) || isPageHeader(key)
                || level || source.isPresent() || key.endsWith("自评表") || key.endsWith("目标表");
        return new Kinds(field, text, goalLabel, goalColumn, fundTable, vocabulary.contains("total", key),
                vocabulary.contains("grade", key), source, anchor, vocabulary.contains("footer", key));
    }

    /** The header field a label names ({@code personal}: read, never kept). */
    public static Optional<String> field(String key) {
        return key.isEmpty() ? Optional.empty() : kinds(key).field();
    }

    public static boolean isField(String key) {
        return field(key).isPresent();
    }

    public static Optional<String> text(String key) {
        return key.isEmpty() ? Optional.empty() : kinds(key).text();
    }

    public static boolean isGoalLabel(String key) {
        return !key.isEmpty() && kinds(key).goalLabel();
    }

    public static boolean isGoalColumn(String key) {
        return !key.isEmpty() && kinds(key).goalColumn();
    }

    /** What a goal column holds: expected, actual or long_term_goal. */
    public static Optional<String> goalColumn(String key) {
        return key.isEmpty() || !kinds(key).goalColumn() ? Optional.empty()
                : vocabulary().lookUp("goal_column", key);
    }

    /** A cell that opens a fund table: it starts with a fund_table word ("项目资金(万元)", "预算执行情况(万元)(20分)"). */
    public static boolean isFundTable(String key) {
        return !key.isEmpty() && kinds(key).fundTable();
    }

    private static boolean computeFundTable(String key, Vocabulary vocabulary) {
        if (key.isEmpty()) {
            return false;
        }
        for (String word : vocabulary.synonyms("fund_table").keySet()) {
            if (key.startsWith(word)) {
                return true;
            }
        }
        return false;
    }

    public static boolean isIndicatorHeader(String key) {
        return key.contains("一级指标");
    }

    public static boolean isTotal(String key) {
        return !key.isEmpty() && kinds(key).total();
    }

    public static boolean isGrade(String key) {
        return !key.isEmpty() && kinds(key).grade();
    }

    /** A page header such as "附件1：" repeated on each page of some documents. */
    public static boolean isPageHeader(String key) {
        return key.startsWith("附") && key.matches("附件\\d*|附表\\d*");
    }

    /**
     * The fund source a row label's key names, ignoring a leading "其中:" — FundSource.fromLabel on the match key,
     * without its NFKC and regular expressions (it ran on every fund row).
     */
    public static Optional<FundSource> fundSource(String key) {
        return key.isEmpty() ? Optional.empty() : kinds(key).fundSource();
    }

    /** Whether a cell is a label that always starts a row of its own (never the continuation of a split row). */
    public static boolean isAnchor(String key) {
        return !key.isEmpty() && kinds(key).anchor();
    }
}
