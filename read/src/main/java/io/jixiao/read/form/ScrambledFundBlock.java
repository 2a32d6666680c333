package io.jixiao.read.form;

import io.jixiao.read.layout.Row;
import io.jixiao.read.table.Vocabulary;
import io.jixiao.schema.model.FundLine;
import io.jixiao.schema.vocabulary.FundSide;
import io.jixiao.schema.vocabulary.FundSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fund table whose cells came out of a PDF or a preview in scrambled order, one block of text: labels after their
 * values, sources as columns ("资金情况(万元)年度资金总额全年预算数(A)300全年执行数(B)执行率(B/A)其中中央补助自治区补助300万元
 * 259.45万元 86.5%", "项目资金 … 中央 省、地 本级 其他 合计 执行数 (万元) … 5.5 5.5 … 5.5 执行率 100%"). Which figure is
 * which cannot be told by position. Only the total is read, and only where the form's own arithmetic names it: the
 * block names a total and an executed amount and states one execution rate, and exactly one pair of its amounts
 * (budget, executed) gives that rate (rounded or cut at the rate's decimals), the budget being the largest amount
 * but the executed one and the other amounts repeating the two or summing to them as parts would. The amounts left
 * over are reported as not placed; a block where no pair or more than one qualifies is reported and not read.
 */
final class ScrambledFundBlock {

    private static final Pattern RATE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*[%％]");
    /** An amount: not a list marker ("1、", "1."), a date ("2020 年"), a code or part of a rate. */
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\d.])(\\d+(?:\\.\\d+)?)(\\s*万元|\\s*元)?(?![\\d.、%％年月日])");
    private static final String WAN = "万元";
    private static final String YUAN_HEADER = "(元)";

    private ScrambledFundBlock() {
    }

    /**
     * Whether a row is one cell that opens a fund table and holds a rate and amounts: a whole table in one block,
     * not a header ("项目资金(万元)(20分)").
     */
    static boolean matches(Row row) {
        List<String> cells = row.nonEmptyTexts();
        if (cells.size() != 1) {
            return false;
        }
        String text = cells.get(0);
        String compact = LabelVocabulary.compact(text);
        return Vocabulary.active().synonyms("fund_table").keySet().stream().anyMatch(compact::startsWith)
                && RATE.matcher(text).find()
                && AMOUNT.matcher(RATE.matcher(text).replaceAll(" ")).results().count() >= 2;
    }

    static void read(Row row, FundSide side, FormDraft draft) {
        String text = row.nonEmptyTexts().get(0);
        String compact = LabelVocabulary.compact(text);
        Vocabulary vocabulary = Vocabulary.active();
        Optional<String> total = word(compact, vocabulary.synonyms("fund_source"), FundSource.TOTAL.code());
        boolean executedNamed = word(compact, vocabulary.synonyms("fund_column"), "executed").isPresent();
        boolean rateNamed = word(compact, vocabulary.synonyms("fund_column"), "rate").isPresent();
        Matcher rates = RATE.matcher(text);
        List<BigDecimal> stated = new ArrayList<>();
        while (rates.find()) {
            stated.add(new BigDecimal(rates.group(1)));
        }
        boolean yuan = compact.contains(YUAN_HEADER) && !compact.contains(WAN);
        if (total.isEmpty() || !executedNamed || !rateNamed || stated.size() != 1 || !compact.contains(WAN)
                && !yuan) {
            draft.report(row, "fund table in scrambled order (no total, executed amount, unit and one stated rate "
                    + "to place its figures by), not read");
            return;
        }
        List<String> written = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        Matcher amount = AMOUNT.matcher(RATE.matcher(text).replaceAll(" "));
        while (amount.find()) {
            written.add(amount.group().strip());
            amounts.add(new BigDecimal(amount.group(1)));
        }
        BigDecimal rate = stated.get(0);
        int[] pair = null;
        for (int b = 0; b < amounts.size(); b++) {
            for (int e = 0; e < amounts.size(); e++) {
                if (b == e || !givesRate(amounts.get(b), amounts.get(e), rate) || !largestBut(amounts, b, e)
                        || !leftOversAccountedFor(amounts, b, e)) {
                    continue;
                }
                if (pair != null && (amounts.get(pair[0]).compareTo(amounts.get(b)) != 0
                        || amounts.get(pair[1]).compareTo(amounts.get(e)) != 0)) {
                    draft.report(row, "fund table in scrambled order: more than one pair of amounts gives its stated "
                            + "rate " + rate.toPlainString() + "%, not read");
                    return;
                }
                if (pair == null) {
                    pair = new int[] {b, e};
                }
            }
        }
        if (pair == null) {
            draft.report(row, "fund table in scrambled order: no pair of amounts gives its stated rate "
                    + rate.toPlainString() + "%, not read");
            return;
        }
        BigDecimal budget = amounts.get(pair[0]);
        BigDecimal executed = amounts.get(pair[1]);
        draft.funds.add(FundLine.builder()
                .side(side)
                .source(FundSource.TOTAL)
                .item(total.get())
                .fullYearBudget(yuan ? budget.movePointLeft(4) : budget)
                .executed(yuan ? executed.movePointLeft(4) : executed)
                .rate(rate)
                .amountUnit(yuan ? FundLine.YUAN : FundLine.WAN_YUAN)
                .line(row.firstLine())
                .build());
        List<String> unplaced = new ArrayList<>(written);
        unplaced.remove(Math.max(pair[0], pair[1]));
        unplaced.remove(Math.min(pair[0], pair[1]));
        draft.problem(row.firstLine(), "fund table in scrambled order: only the total is read, placed by its stated "
                + "rate (" + executed.toPlainString() + " / " + budget.toPlainString() + " = " + rate.toPlainString()
                + "%)" + (unplaced.isEmpty() ? "" : "; amounts not placed: " + unplaced));
        draft.use(row);
    }

    /** The first word of a category whose key is {@code key} written in the text, the longest when several start. */
    private static Optional<String> word(String compact, Map<String, String> synonyms, String key) {
        return synonyms.entrySet().stream()
                .filter(e -> e.getValue().equals(key) && !e.getKey().startsWith("~") && compact.contains(e.getKey()))
                .map(Map.Entry::getKey)
                .min((a, b) -> compact.indexOf(a) != compact.indexOf(b) ? compact.indexOf(a) - compact.indexOf(b)
                        : b.length() - a.length());
    }

    /** executed / budget × 100, rounded half up or cut at the stated rate's decimals, is the stated rate. */
    private static boolean givesRate(BigDecimal budget, BigDecimal executed, BigDecimal rate) {
        if (budget.signum() <= 0) {
            return false;
        }
        BigDecimal exact = executed.multiply(BigDecimal.valueOf(100)).divide(budget, 10, RoundingMode.HALF_UP);
        int scale = Math.max(0, rate.scale());
        return exact.setScale(scale, RoundingMode.HALF_UP).compareTo(rate) == 0
                || exact.setScale(scale, RoundingMode.DOWN).compareTo(rate) == 0;
    }

    /**
     * The other amounts are the total's own cells again (its budget or executed amount), or its parts: they sum to
     * the budget, or to the budget and the executed amount (each part's budget and execution). Anything else (a
     * 年初预算数, a 中期预算) could be the figure the rate was computed from.
     */
    private static boolean leftOversAccountedFor(List<BigDecimal> amounts, int budget, int executed) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < amounts.size(); i++) {
            BigDecimal amount = amounts.get(i);
            if (i != budget && i != executed && amount.compareTo(amounts.get(budget)) != 0
                    && amount.compareTo(amounts.get(executed)) != 0) {
                sum = sum.add(amount);
            }
        }
        return sum.signum() == 0 || sum.compareTo(amounts.get(budget)) == 0
                || sum.compareTo(amounts.get(budget).add(amounts.get(executed))) == 0;
    }

    /** A total is no smaller than any of its parts: every amount but the executed one is at most the budget. */
    private static boolean largestBut(List<BigDecimal> amounts, int budget, int executed) {
        for (int i = 0; i < amounts.size(); i++) {
            if (i != executed && amounts.get(i).compareTo(amounts.get(budget)) > 0) {
                return false;
            }
        }
        return true;
    }
}
