package io.jixiao.jobs.read.form;

import io.jixiao.jobs.quality.FormFacts;
import io.jixiao.schema.model.FundLine;
import io.jixiao.schema.model.Indicator;
import io.jixiao.schema.vocabulary.FundSide;
import io.jixiao.schema.vocabulary.FundSource;
import io.jixiao.schema.vocabulary.IndicatorStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

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
    private static final Set<String> SOURCES = Set.of(FundSource.APPROPRIATION.code(), FundSource.CARRYOVER.code(),
            FundSource.OTHER.code());
    private static final List<Column> COLUMNS = List.of(
            new Column("initial budget", FundLine::initialBudget),
            new Column("full-year budget", FundLine::fullYearBudget),
            new Column("executed", FundLine::executed));

    private record Column(String name, Function<FundLine, BigDecimal> value) {
    }

    private OcrFigures() {
    }

    static void review(List<FormDraft> drafts) {
        for (FormDraft draft : drafts) {
            for (int i = 0; i < draft.indicators.size(); i++) {
                draft.indicators.set(i, withoutStrictComparator(draft, withoutDoubtfulValues(draft,
                        withoutDoubtfulScore(draft, draft.indicators.get(i)))));
            }
            Set<FundLine> contradicted = new java.util.HashSet<>();
            for (int i = 0; i < draft.funds.size(); i++) {
                FundLine checked = withRateChecked(draft, draft.funds.get(i));
                if (checked != draft.funds.get(i)) {
                    contradicted.add(checked);
                }
                draft.funds.set(i, checked);
            }
            checkSources(draft, contradicted);
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
        boolean target = percentAsNine(x.target(), x) || lostItsUnit(x);
        boolean actual = percentAsNine(x.actual(), x);
        if (!target && !actual) {
            return x;
        }
        if (target) {
            draft.problem(x.line(), "target '" + x.target() + "' read by OCR " + (lostItsUnit(x)
                    ? "lacks the unit of the half-year target '" + x.targetHalf() + "'"
                    : "may be a percentage whose % was read as 9") + ": its figure is not stored");
        }
        if (actual) {
            draft.problem(x.line(), "actual '" + x.actual() + "' read by OCR may be a percentage whose % was read as 9:"
                    + " its figure is not stored");
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
        java.util.regex.Matcher digits = PERCENT_AS_NINE.matcher(figure);
        return digits.matches() && new BigDecimal(digits.group(1)).compareTo(HUNDRED) > 0 && isRate(x);
    }

    private static boolean isRate(Indicator x) {
        return java.util.stream.Stream.of(x.name(), x.target(), x.targetHalf(), x.actual())
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
        BigDecimal computed = FormFacts.rate(f.executed(), f.fullYearBudget());
        if (computed == null || f.rate() == null || agrees(computed, f.rate())) {
            return f;
        }
        draft.problem(f.line(), "'" + f.item() + "': executed " + f.executed().toPlainString() + " over full-year"
                + " budget " + f.fullYearBudget().toPlainString() + " is " + computed.toPlainString() + "%, not the rate "
                + f.rate().toPlainString() + "% read by OCR beside them: the three are not stored");
        return f.toBuilder().fullYearBudget(null).executed(null).rate(null).build();
    }

    private static void checkSources(FormDraft draft, Set<FundLine> contradicted) {
        FundLine total = budgetLine(draft, FundSource.TOTAL.code());
        if (total == null) {
            return;
        }
        for (Column column : COLUMNS) {
            BigDecimal stated = column.value().apply(total);
            BigDecimal sum = BigDecimal.ZERO;
            boolean any = false;
            for (FundLine f : draft.funds) {
                if (isBudget(f) && SOURCES.contains(f.source()) && column.value().apply(f) != null) {
                    sum = sum.add(column.value().apply(f));
                    any = true;
                }
            }
            boolean unchecked = stated == null && contradicted.contains(total);
            boolean addsUp = stated != null && sum.subtract(stated).abs().compareTo(CENT) <= 0;
            if (!any || addsUp || stated == null && !unchecked) {
                continue;
            }
            draft.problem(total.line(), "the fund sources' " + column.name() + " read by OCR add up to "
                    + sum.toPlainString() + (stated == null ? ", and the total, contradicted by its rate, cannot check them"
                    : ", not the total " + stated.toPlainString()) + ": theirs are not stored");
            for (int i = 0; i < draft.funds.size(); i++) {
                FundLine f = draft.funds.get(i);
                if (isBudget(f) && SOURCES.contains(f.source())) {
                    draft.funds.set(i, without(f, column));
                }
            }
        }
    }

    private static FundLine without(FundLine f, Column column) {
        return f.toBuilder()
                .initialBudget(column.name().equals("initial budget") ? null : f.initialBudget())
                .fullYearBudget(column.name().equals("full-year budget") ? null : f.fullYearBudget())
                .executed(column.name().equals("executed") ? null : f.executed())
                .rate(column.name().equals("initial budget") ? f.rate() : null)
                .build();
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
        FundLine execution = budgetLine(draft, FundSource.TOTAL.code());
        List<BigDecimal[]> parts = new java.util.ArrayList<>();
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

    private static FundLine budgetLine(FormDraft draft, String source) {
        return draft.funds.stream().filter(f -> isBudget(f) && source.equals(f.source())).findFirst().orElse(null);
    }

    private static boolean isBudget(FundLine f) {
        return FundSide.BUDGET.code().equals(f.side());
    }

    /** Whether the stated rate is the computed one rounded as the form rounds it (to its own decimals). */
    private static boolean agrees(BigDecimal computed, BigDecimal stated) {
        BigDecimal halfUnit = HALF.movePointLeft(Math.max(0, stated.scale()));
        return computed.subtract(stated).abs().compareTo(halfUnit.add(CENT)) <= 0;
    }
}
