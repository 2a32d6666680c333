package io.jixiao.jobs.read.form;

import io.jixiao.jobs.quality.FormFacts;
import io.jixiao.schema.model.FundLine;
import io.jixiao.schema.model.Indicator;
import java.math.BigDecimal;
import java.util.List;

/**
 * A scan's figures that the form's own arithmetic contradicts are not stored: OCR drops decimal points ("4.00" read
 * as "400") and confuses digits, and a wrong figure is worse than a missing one. An indicator scoring above its
 * weight (or above 100, where the weight was not read) loses its score; a fund line whose stated rate is not its executed amount over its full-year budget (to the
 * rate's own rounding) loses those three figures, as any of them may be the misread one. Every withheld figure is
 * reported with what was read. A clean document is never checked this way: there a contradiction is the source's,
 * and the quality rules report it as a finding.
 */
final class OcrFigures {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    /** No indicator weighs more than the form's 100 points. */
    private static final BigDecimal MAX_SCORE = BigDecimal.valueOf(100);

    private OcrFigures() {
    }

    static void review(List<FormDraft> drafts) {
        for (FormDraft draft : drafts) {
            for (int i = 0; i < draft.indicators.size(); i++) {
                Indicator x = draft.indicators.get(i);
                if (x.score() != null && (x.weight() != null && x.score().compareTo(x.weight()) > 0
                        || x.score().compareTo(MAX_SCORE) > 0)) {
                    draft.indicators.set(i, new Indicator(x.level1(), x.level2(), x.keyWork(), x.name(), x.target(),
                            x.targetHalf(), x.actual(), x.weight(), null, x.reason(), x.comparator(),
                            x.targetValue(), x.actualValue(), x.unit(), x.status(), x.line()));
                    draft.problem(x.line(), "score '" + x.score().toPlainString() + "' read by OCR is above "
                            + (x.weight() == null ? "100" : "the weight '" + x.weight().toPlainString() + "'")
                            + ": not stored");
                }
            }
            for (int i = 0; i < draft.funds.size(); i++) {
                FundLine f = draft.funds.get(i);
                BigDecimal computed = FormFacts.rate(f.executed(), f.fullYearBudget());
                if (computed != null && f.rate() != null && !agrees(computed, f.rate())) {
                    draft.funds.set(i, new FundLine(f.side(), f.source(), f.item(), f.initialBudget(), null, null,
                            f.halfYearPlan(), f.weight(), null, f.score(), f.amountUnit(), f.line()));
                    draft.problem(f.line(), "'" + f.item() + "': executed " + f.executed().toPlainString()
                            + " over full-year budget " + f.fullYearBudget().toPlainString() + " is "
                            + computed.toPlainString() + "%, not the rate " + f.rate().toPlainString()
                            + "% read by OCR beside them: the three are not stored");
                }
            }
        }
    }

    /** Whether the stated rate is the computed one rounded as the form rounds it (to its own decimals). */
    private static boolean agrees(BigDecimal computed, BigDecimal stated) {
        BigDecimal halfUnit = HALF.movePointLeft(Math.max(0, stated.scale()));
        return computed.subtract(stated).abs().compareTo(halfUnit.add(new BigDecimal("0.01"))) <= 0;
    }
}
