package io.jixiao.read.form;

import io.jixiao.schema.model.FundLine;
import io.jixiao.schema.model.Indicator;
import io.jixiao.schema.vocabulary.FundSide;
import io.jixiao.schema.vocabulary.FundSource;
import io.jixiao.schema.vocabulary.IndicatorStatus;
import io.jixiao.schema.value.ExecutionRate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A scan's figures that the form's own arithmetic contradicts are not stored: OCR drops decimal points ("4.00" read
 * as "400"), reads % as 9 ("95%" as "959") and confuses digits, and a wrong figure is worse than a missing one. Each
 * rule withholds the figures it cannot vouch for and reports what was read:
 * <ul>
 *   <li>an indicator scoring above its weight (or above 100, where no weight was read) loses its score;
 *   <li>a rate's target or actual over 100 ending in 9 (or 9%), or written with a leading zero ("09%"), loses its
 *       figure (a real 109% is lost with the misread ones: missing, not wrong); so does a full-year target that is a
 *       bare figure beside a half-year target with a unit;
 *   <li>a fund line whose stated rate is not its executed amount over its full-year budget (to the rate's own
 *       rounding) loses those three figures, any of which may be the misread one;
 *   <li>fund sources (appropriation, carry-over, other) that do not add up to the total in a column, or whose total
 *       was withheld (contradicted by its rate), lose that column's figures (a total vouched for by its rate is kept);
 *   <li>a target table's income sources that do not add up to its income total lose their figures, and the total
 *       too unless the expense items add up to it; expense items that do not add up to the total lose theirs;
 *   <li>a target or actual below zero loses its figure: OCR reads a lost bar or a rule's remains as a minus;
 *   <li>a strict comparator (> or <) is withheld: OCR reads ≥ and ≤ so, where the bar under the sign was not seen;
 *   <li>a total score below the scores read, or above them plus the weights of the scores not read, is withheld.
 * </ul>
 * A clean document is never checked this way: there a contradiction is the source's, and the quality rules report it
 * as a finding.
 */
final class OcrFigures {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** A percentage read with its % sign as a trailing 9, or as 9%: "959%" for 95%, "09%" for 0%. */
    private static final Pattern PERCENT_AS_NINE = Pattern.compile("(\\d+9)%?");
    private static final Pattern LEADING_ZERO = Pattern.compile("0\\d+%?");
    private static final Set<FundSource> SOURCES = Set.of(FundSource.APPROPRIATION, FundSource.CARRYOVER,
            FundSource.OTHER);

    /** The amount columns whose sources must add up to the total. */
    private enum AmountColumn {
        INITIAL_BUDGET("initial budget", FundLine::initialBudget),
        FULL_YEAR_BUDGET("full-year budget", FundLine::fullYearBudget),
        EXECUTED("executed", FundLine::executed);

        private final String title;
        private final Function<FundLine, BigDecimal> value;

        AmountColumn(String title, Function<FundLine, BigDecimal> value) {
            this.title = title;
            this.value = value;
        }

        BigDecimal of(FundLine f) {
            return value.apply(f);
        }

        /** The line without this column's amount, nor the rate where the rate was computed from it. */
        FundLine clearedIn(FundLine f) {
            return f.toBuilder()
                    .initialBudget(this == INITIAL_BUDGET ? null : f.initialBudget())
                    .fullYearBudget(this == FULL_YEAR_BUDGET ? null : f.fullYearBudget())
                    .executed(this == EXECUTED ? null : f.executed())
                    .rate(this == INITIAL_BUDGET ? f.rate() : null)
                    .build();
        }
    }

    private OcrFigures() {
    }

    static void review(List<FormDraft> drafts) {
        for (FormDraft draft : drafts) {
            for (int i = 0; i < draft.indicators.size(); i++) {
                draft.indicators.set(i, withoutStrictComparator(draft, withoutDoubtfulValues(draft,
                        withoutDoubtfulScore(draft, draft.indicators.get(i)))));
            }
            Set<FundLine> contradicted = new HashSet<>();
            for (int i = 0; i < draft.funds.size(); i++) {
                FundLine checked = withRateChecked(draft, draft.funds.get(i));
                if (checked != draft.funds.get(i)) {
                    contradicted.add(checked);
                }
                draft.funds.set(i, checked);
            }
            checkSources(draft, contradicted);
            checkIncome(draft);
            checkTotalScore(draft);
        }
    }

    /**
     * A strict > or < from OCR is most likely a ≥ or ≤ whose bar the page check could not see (forms rarely compare
     * strictly): its comparator is not stored, its figure is.
     */
    private static Indicator withoutStrictComparator(FormDraft draft, Indicator x) {
        if (!">".equals(x.comparator()) && !"<".equals(x.comparator())) {
            return x;
        }
        draft.problem(x.line(), "comparator '" + x.comparator() + "' of '" + x.target() + "' read by OCR may be "
                + (x.comparator().equals(">") ? "≥" : "≤") + " with its bar unseen: not stored");
        return x.toBuilder().comparator(null).status(IndicatorStatus.UNKNOWN).build();
    }

    private static Indicator withoutDoubtfulScore(FormDraft draft, Indicator x) {
        if (x.score() == null || (x.weight() == null || x.score().compareTo(x.weight()) <= 0)
                && x.score().compareTo(HUNDRED) <= 0) {
            return x;
        }
        draft.problem(x.line(), "score '" + x.score().toPlainString() + "' read by OCR is above "
                + (x.weight() == null ? "100" : "the weight '" + x.weight().toPlainString() + "'") + ": not stored");
        return x.toBuilder().score(null).build();
    }

    private static Indicator withoutDoubtfulValues(FormDraft draft, Indicator x) {
        boolean target = percentAsNine(x.target(), x) || lostItsUnit(x) || negative(x.targetValue());
        boolean actual = percentAsNine(x.actual(), x) || negative(x.actualValue());
        if (!target && !actual) {
            return x;
        }
        if (target) {
            draft.problem(x.line(), "target '" + x.target() + "' read by OCR " + (lostItsUnit(x)
                    ? "lacks the unit of the half-year target '" + x.targetHalf() + "'"
                    : negative(x.targetValue()) ? "is below zero, its sign most likely a misread = or ≥"
                    : "may be a percentage whose % was read as 9") + ": its figure is not stored");
        }
        if (actual) {
            draft.problem(x.line(), "actual '" + x.actual() + "' read by OCR " + (negative(x.actualValue())
                    ? "is below zero, its sign most likely a misread = or ≥"
                    : "may be a percentage whose % was read as 9") + ": its figure is not stored");
        }
        return x.toBuilder().comparator(target ? null : x.comparator()).targetValue(target ? null : x.targetValue())
                .actualValue(actual ? null : x.actualValue()).status(IndicatorStatus.UNKNOWN).build();
    }

    /**
     * Whether the value may be a percentage whose % was read as 9: over 100 and ending in 9 (or 9%) where the indicator
     * is a rate (its name or another of its values says so), or a number written with a leading zero ("09%").
     */
    private static boolean percentAsNine(String value, Indicator x) {
        if (value == null) {
            return false;
        }
        String figure = value.replaceAll("^[≥≤=<>＜＞]+", "").strip();
        if (LEADING_ZERO.matcher(figure).matches()) {
            return true;
        }
        Matcher digits = PERCENT_AS_NINE.matcher(figure);
        return digits.matches() && new BigDecimal(digits.group(1)).compareTo(HUNDRED) > 0 && isRate(x);
    }

    private static boolean isRate(Indicator x) {
        return Stream.of(x.name(), x.target(), x.targetHalf(), x.actual())
                .anyMatch(text -> text != null && (text.contains("%") || text.contains("率")));
    }

    /**
     * Whether a target table's full-year target is a bare figure where the half-year target beside it has a unit
     * ("2" beside "≥70套"): forms write the two alike, and OCR drops what it cannot read.
     */
    private static boolean lostItsUnit(Indicator x) {
        return x.target() != null && x.targetHalf() != null && BARE_FIGURE.matcher(x.target().strip()).matches()
                && !BARE_FIGURE.matcher(x.targetHalf().replaceAll("^[≥≤=<>＜＞]+", "").strip()).matches();
    }

    private static final Pattern BARE_FIGURE = Pattern.compile("\\d+(\\.\\d+)?");

    private static FundLine withRateChecked(FormDraft draft, FundLine f) {
        BigDecimal computed = ExecutionRate.of(f.executed(), f.fullYearBudget());
        if (computed == null || f.rate() == null || agrees(computed, f.rate())) {
            return f;
        }
        draft.problem(f.line(), "'" + f.item() + "': executed " + f.executed().toPlainString() + " over full-year"
                + " budget " + f.fullYearBudget().toPlainString() + " is " + computed.toPlainString() + "%, not the rate "
                + f.rate().toPlainString() + "% read by OCR beside them: the three are not stored");
        return f.toBuilder().fullYearBudget(null).executed(null).rate(null).build();
    }

    private static void checkSources(FormDraft draft, Set<FundLine> contradicted) {
        FundLine total = budgetLine(draft, FundSource.TOTAL);
        if (total == null) {
            return;
        }
        for (AmountColumn column : AmountColumn.values()) {
            BigDecimal stated = column.of(total);
            BigDecimal sum = BigDecimal.ZERO;
            boolean any = false;
            for (FundLine f : draft.funds) {
                if (isBudget(f) && SOURCES.contains(f.source()) && column.of(f) != null) {
                    sum = sum.add(column.of(f));
                    any = true;
                }
            }
            boolean unchecked = stated == null && contradicted.contains(total);
            boolean addsUp = stated != null && near(sum, stated);
            if (!any || addsUp || stated == null && !unchecked) {
                continue;
            }
            draft.problem(total.line(), "the fund sources' " + column.title + " read by OCR add up to "
                    + sum.toPlainString() + (stated == null ? ", and the total, contradicted by its rate, cannot check them"
                    : ", not the total " + stated.toPlainString()) + ": theirs are not stored");
            for (int i = 0; i < draft.funds.size(); i++) {
                FundLine f = draft.funds.get(i);
                if (isBudget(f) && SOURCES.contains(f.source())) {
                    draft.funds.set(i, column.clearedIn(f));
                }
            }
        }
    }

    /** A figure below zero: rare in forms (a change rate), while OCR reads a bar or a rule's remains as a minus. */
    private static boolean negative(BigDecimal value) {
        return value != null && value.signum() < 0;
    }

    /**
     * A target table's income sources must add up to its income total, and its expense items to that total too
     * (one item may be a subtotal of the items after it: 项目支出 over the projects). Sources that do not add up lose
     * their figures; so does the total, unless the expense items vouch for it; items that do not add up to a total
     * so vouched for lose theirs. A scan's only check of figures no rate relates.
     */
    private static void checkIncome(FormDraft draft) {
        FundLine total = draft.funds.stream()
                .filter(f -> isIncome(f) && f.source() == FundSource.TOTAL && f.fullYearBudget() != null)
                .findFirst().orElse(null);
        if (total == null) {
            return;
        }
        BigDecimal stated = total.fullYearBudget();
        Amounts sources = Amounts.of(draft, f -> isIncome(f) && f.source() != FundSource.TOTAL);
        Amounts items = Amounts.of(draft, f -> f.side() == FundSide.EXPENSE);
        boolean sourcesAddUp = sources.fitIn(stated);
        boolean itemsVouch = items.complete() && !items.amounts().isEmpty() && items.fitIn(stated);
        if (!sourcesAddUp) {
            draft.problem(total.line(), "the income sources read by OCR add up to " + sources.sum().toPlainString()
                    + ", not the total " + stated.toPlainString() + ": theirs are not stored"
                    + (itemsVouch ? "" : ", nor the total's"));
            clearFullYear(draft, f -> isIncome(f) && (f.source() != FundSource.TOTAL || !itemsVouch));
        }
        if (!items.fitIn(stated)) {
            draft.problem(total.line(), "the expense items read by OCR add up to " + items.sum().toPlainString()
                    + ", not the income total " + stated.toPlainString() + ": their full-year amounts are not stored");
            clearFullYear(draft, f -> f.side() == FundSide.EXPENSE);
        }
    }

    /**
     * The full-year amounts of some fund lines, and whether every line had one.
     */
    private record Amounts(List<BigDecimal> amounts, boolean complete) {

        static Amounts of(FormDraft draft, Predicate<FundLine> chosen) {
            List<BigDecimal> amounts = new ArrayList<>();
            boolean complete = true;
            for (FundLine f : draft.funds) {
                if (chosen.test(f)) {
                    if (f.fullYearBudget() == null) {
                        complete = false;
                    } else {
                        amounts.add(f.fullYearBudget());
                    }
                }
            }
            return new Amounts(amounts, complete);
        }

        BigDecimal sum() {
            return OcrFigures.sum(amounts);
        }

        /**
         * Whether the amounts add up to the total (one of them may be the subtotal of those after it); where some
         * were not read, whether those read stay within it. No amounts fit in any total.
         */
        boolean fitIn(BigDecimal total) {
            if (amounts.isEmpty()) {
                return true;
            }
            return complete ? addsUp(amounts, total) : sum().compareTo(total.add(CENT)) <= 0;
        }
    }

    private static boolean isIncome(FundLine f) {
        return f.side() == FundSide.INCOME;
    }

    /** Whether the amounts add up to the total, or do so with one of them the subtotal of those after it. */
    private static boolean addsUp(List<BigDecimal> amounts, BigDecimal total) {
        BigDecimal all = sum(amounts);
        if (near(all, total)) {
            return true;
        }
        for (int i = 0; i < amounts.size() - 1; i++) {
            BigDecimal after = sum(amounts.subList(i + 1, amounts.size()));
            if (near(amounts.get(i), after) && near(all.subtract(amounts.get(i)), total)) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static boolean near(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(CENT) <= 0;
    }

    private static void clearFullYear(FormDraft draft, Predicate<FundLine> chosen) {
        for (int i = 0; i < draft.funds.size(); i++) {
            FundLine f = draft.funds.get(i);
            if (chosen.test(f)) {
                draft.funds.set(i, AmountColumn.FULL_YEAR_BUDGET.clearedIn(f));
            }
        }
    }

    /**
     * The total must lie between the scores read (execution and indicators) and those plus the weights of the scores
     * not read; where a score and its weight are both unread there is no upper bound.
     */
    private static void checkTotalScore(FormDraft draft) {
        if (draft.totalScore == null || draft.indicators.isEmpty()) {
            return;
        }
        BigDecimal read = BigDecimal.ZERO;
        BigDecimal unread = BigDecimal.ZERO;
        boolean bounded = true;
        FundLine execution = budgetLine(draft, FundSource.TOTAL);
        List<BigDecimal[]> parts = new ArrayList<>();
        draft.indicators.forEach(x -> parts.add(new BigDecimal[] {x.score(), x.weight()}));
        if (execution != null) {
            parts.add(new BigDecimal[] {execution.score(), execution.weight()});
        }
        for (BigDecimal[] part : parts) {
            if (part[0] != null) {
                read = read.add(part[0]);
            } else if (part[1] != null) {
                unread = unread.add(part[1]);
            } else {
                bounded = false;
            }
        }
        boolean below = draft.totalScore.compareTo(read.subtract(CENT)) < 0;
        boolean above = bounded && draft.totalScore.compareTo(read.add(unread).add(CENT)) > 0;
        if (below || above) {
            draft.problem(draft.firstLine, "total score '" + draft.totalScore.toPlainString() + "' read by OCR is "
                    + (below ? "below the scores read (" + read.toPlainString() + ")"
                            : "above the scores read and the weights of those not read ("
                            + read.add(unread).toPlainString() + ")") + ": not stored");
            draft.totalScore = null;
        }
    }

    private static FundLine budgetLine(FormDraft draft, FundSource source) {
        return draft.funds.stream().filter(f -> isBudget(f) && f.source() == source).findFirst().orElse(null);
    }

    private static boolean isBudget(FundLine f) {
        return f.side() == FundSide.BUDGET;
    }

    /** Whether the stated rate is the computed one rounded as the form rounds it (to its own decimals). */
    private static boolean agrees(BigDecimal computed, BigDecimal stated) {
        BigDecimal halfUnit = HALF.movePointLeft(Math.max(0, stated.scale()));
        return computed.subtract(stated).abs().compareTo(halfUnit.add(CENT)) <= 0;
    }
}
