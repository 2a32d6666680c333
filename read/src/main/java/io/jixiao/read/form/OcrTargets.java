package io.jixiao.read.form;

import io.jixiao.read.layout.AsciiBlanks;
import io.jixiao.schema.model.Indicator;
import io.jixiao.schema.value.IndicatorInterpreter;
import io.jixiao.schema.vocabulary.IndicatorStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Targets an OCR misread, as previews of scanned forms show them: "≥" read as "2" ("≥90%" → "290%", "≥600万元" →
 * "2600万元"), "≤" as "W" or "M", "≥" as "兰". A target is repaired only where the row's own figures confirm it: read literally
 * the target is missed, yet the row scores its full weight, and the repaired target is met by the actual. Every
 * repair is reported, naming what was read and what is stored. In a target table the half-year target beside it
 * confirms a full-year target it states exactly, comparator included ("≥95%" beside "295%"). A figure target starting with "2" that nothing
 * confirms ("2600万元" in a target table, no actual to check it by) is as likely misread where the document shows
 * a misreading elsewhere (a confirmed one, a "W10%", a "295%" no rate reaches), where most of its form's figure
 * targets carry a comparator and this one has none, or where all of its form's bare figure targets start with "2";
 * without a misreading elsewhere, only targets of three digits or more ("20" and "25" are common in clean forms),
 * but in a preview's flattened text, where OCR is at work.
 * Its text is kept, its figure is not stored, and that is reported. Never a silent guess.
 */
final class OcrTargets {

    /** "2" then the figure meant, its unit after. */
    private static final Misreading GREATER_AS_TWO = new Misreading("2",
            Pattern.compile("2((?:0|[1-9]\\d*)(?:\\.\\d+)?)(\\D.*)?"));
    /** "兰" (≥ read as the character it looks like: a bar, two bars) then the figure meant. */
    private static final Misreading GREATER_AS_LAN = new Misreading("兰",
            Pattern.compile("兰((?:0|[1-9]\\d*)(?:\\.\\d+)?)(\\D.*)?"));
    /** "W" or "M" then the figure meant. */
    private static final Misreading LESS_AS_LETTER = new Misreading("WM",
            Pattern.compile("[WM]((?:0|[1-9]\\d*)(?:\\.\\d+)?)(\\D.*)?"));

    /** A value's comparator and figure, before its unit. */
    private static final Pattern LEADING_FIGURE = Pattern.compile("^[≥≤<>=]?(0|[1-9]\\d*)(\\.\\d+)?");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** How a percentage's unit is written: "%", or spelt out as Tianjin's forms do ("≥98百分比"). */
    private static final Set<String> PERCENT_UNITS = Set.of("%", "％", "百分比");

    private OcrTargets() {
    }

    /** Repairs the confirmed misreadings of a document's forms; then, if there was one, withholds the doubtful. */
    static void review(List<FormDraft> drafts) {
        review(drafts, false);
    }

    /** @param preview a preview's flattened text: a bare "2X" of two digits is as doubtful as a longer one there */
    static void review(List<FormDraft> drafts, boolean preview) {
        boolean misread = false;
        for (FormDraft draft : drafts) {
            List<Indicator> indicators = draft.indicators;
            for (int i = 0; i < indicators.size(); i++) {
                Indicator x = indicators.get(i);
                misread |= x.target() != null && LESS_AS_LETTER.in(compact(x.target())) != null
                        || overHundred(x.target(), x.comparator()) || overHundred(x.actual(), null);
                Optional<String> repaired = confirmed(x);
                Optional<String> twin = repaired.isPresent() ? Optional.empty() : confirmedByHalfYear(x);
                if (repaired.isPresent()) {
                    indicators.set(i, withTarget(x, repaired.get()));
                    draft.problem(x.line(), "target '" + x.target() + "' stored as '" + repaired.get() + "': OCR's "
                            + "misreading of the comparator, confirmed by the actual '" + x.actual()
                            + "' and the full score");
                    misread = true;
                } else if (twin.isPresent()) {
                    indicators.set(i, withTarget(x, twin.get()));
                    draft.problem(x.line(), "target '" + x.target() + "' stored as '" + twin.get() + "': OCR's "
                            + "misreading of the comparator, confirmed by the half-year target '" + x.targetHalf()
                            + "' beside it");
                    misread = true;
                }
            }
        }
        for (FormDraft draft : drafts) {
            List<Indicator> indicators = draft.indicators;
            boolean compared = mostCompared(indicators) || allTwos(indicators);
            if (!misread && !compared) {
                continue;
            }
            for (int i = 0; i < indicators.size(); i++) {
                Indicator x = indicators.get(i);
                Matcher greater = x.target() == null ? null : GREATER_AS_TWO.in(compact(x.target()));
                // "20" is no "≥0"; where the form's comparators are the only evidence, "25" is left as "25" too
                boolean doubtful = greater != null && x.comparator() == null && x.targetValue() != null
                        && new BigDecimal(greater.group(1)).signum() > 0
                        && (misread || preview || greater.group(1).length() >= 2);
                if (doubtful) {
                    indicators.set(i, x.toBuilder().comparator(null).targetValue(null)
                            .status(IndicatorStatus.UNKNOWN).build());
                    draft.problem(x.line(), "target '" + x.target() + "' may be OCR's misreading of '≥"
                            + x.target().strip().substring(1) + "' (the document shows others): its figure is not"
                            + " stored");
                    x = indicators.get(i);
                }
                Matcher actual = x.actual() == null ? null : GREATER_AS_TWO.in(compact(x.actual()));
                // an actual written with its comparator ("≥90%" reached) misread alike: doubted where the document
                // shows misreadings and the actual is written as its doubted target, or is a percentage no rate
                // reaches ("290%"); other "2…" actuals are common in clean forms
                boolean likeTarget = doubtful && compact(x.actual() == null ? "" : x.actual()).equals(
                        compact(x.target()));
                if (misread && actual != null && x.actualValue() != null
                        && new BigDecimal(actual.group(1)).signum() > 0
                        && (likeTarget || overHundred(x.actual(), null))) {
                    indicators.set(i, x.toBuilder().actualValue(null).status(IndicatorStatus.UNKNOWN).build());
                    draft.problem(x.line(), "actual '" + x.actual() + "' may be OCR's misreading of '≥"
                            + x.actual().strip().substring(1) + "' (the document shows others): its figure is not"
                            + " stored");
                }
            }
        }
    }

    /**
     * "295%", "298百分比": a percentage over 100% whose figure after the "2" is one, as "≥95%" read by OCR would be
     * (a value already holding a comparator is none).
     */
    private static boolean overHundred(String value, String comparator) {
        if (value == null || comparator != null) {
            return false;
        }
        Matcher greater = GREATER_AS_TWO.in(compact(value));
        return greater != null && greater.group(2) != null && PERCENT_UNITS.contains(greater.group(2))
                && new BigDecimal(greater.group(1)).compareTo(HUNDRED) <= 0
                && new BigDecimal(greater.group(0).substring(0, greater.end(1))).compareTo(HUNDRED) > 0;
    }

    /**
     * Whether most of a form's figure targets carry a comparator (two at least): a figure target without one then
     * stands out, as a "≥" OCR read as "2" would.
     */
    private static boolean mostCompared(List<Indicator> indicators) {
        long figures = indicators.stream().filter(x -> x.targetValue() != null).count();
        long compared = indicators.stream().filter(x -> x.targetValue() != null && x.comparator() != null).count();
        return compared >= 2 && compared * 2 >= figures;
    }

    /**
     * Whether every figure target of a form that lacks a comparator starts with "2" (two at least): by chance that
     * is rare, as OCR reading each "≥" as "2" it is the rule.
     */
    private static boolean allTwos(List<Indicator> indicators) {
        List<Indicator> bare = indicators.stream()
                .filter(x -> x.targetValue() != null && x.comparator() == null && x.target() != null).toList();
        return bare.size() >= 2 && bare.stream().allMatch(x -> GREATER_AS_TWO.in(compact(x.target())) != null);
    }

    /** The target as meant, where the row's figures confirm the misreading; else empty. */
    private static Optional<String> confirmed(Indicator x) {
        if (x.target() == null || x.comparator() != null && !x.comparator().equals("=") || x.actualValue() == null
                || x.weight() == null || x.score() == null || x.score().compareTo(x.weight()) != 0) {
            return Optional.empty();
        }
        String target = compact(x.target());
        Matcher greater = GREATER_AS_TWO.in(target);
        if (greater != null && x.targetValue() != null && x.actualValue().compareTo(x.targetValue()) < 0
                && sameUnit(greater.group(2), x.actual()) && near(new BigDecimal(greater.group(1)), x.actualValue())
                && (!"%".equals(greater.group(2)) || new BigDecimal(greater.group(1)).compareTo(HUNDRED) <= 0)) {
            return Optional.of("≥" + greater.group(1) + nullToEmpty(greater.group(2)));
        }
        Matcher less = LESS_AS_LETTER.in(target);
        if (less != null && sameUnit(less.group(2), x.actual())
                && x.actualValue().compareTo(new BigDecimal(less.group(1))) <= 0) {
            return Optional.of("≤" + less.group(1) + nullToEmpty(less.group(2)));
        }
        Matcher lan = GREATER_AS_LAN.in(target);
        if (lan != null && sameUnit(lan.group(2), x.actual())
                && x.actualValue().compareTo(new BigDecimal(lan.group(1))) >= 0) {
            return Optional.of("≥" + lan.group(1) + nullToEmpty(lan.group(2)));
        }
        return Optional.empty();
    }

    /**
     * The full-year target as meant, where the half-year target beside it states that very target with its comparator
     * ("≥95%" beside "295%", "≤10%" beside "W10%"): a target table has no actual to confirm it, its twin column does.
     */
    private static Optional<String> confirmedByHalfYear(Indicator x) {
        if (x.target() == null || x.targetHalf() == null || x.comparator() != null) {
            return Optional.empty();
        }
        String target = compact(x.target());
        String half = compact(x.targetHalf());
        Matcher greater = GREATER_AS_TWO.in(target);
        if (greater != null && half.equals("≥" + greater.group(1) + nullToEmpty(greater.group(2)))) {
            return Optional.of(half);
        }
        Matcher less = LESS_AS_LETTER.in(target);
        if (less != null && half.equals("≤" + less.group(1) + nullToEmpty(less.group(2)))) {
            return Optional.of(half);
        }
        return Optional.empty();
    }

    /** The actual meets the target meant and is of its size: at most twice it (a lenient full score is no proof). */
    private static boolean near(BigDecimal meant, BigDecimal actual) {
        return actual.compareTo(meant) >= 0 && actual.compareTo(meant.multiply(BigDecimal.valueOf(2))) <= 0;
    }

    /** The unit after the target's figure is the one after the actual's ("%" and "%", "万元" and "万元"). */
    private static boolean sameUnit(String unit, String actual) {
        String actualUnit = LEADING_FIGURE.matcher(compact(actual)).replaceFirst("");
        return nullToEmpty(unit).equals(actualUnit);
    }

    private static Indicator withTarget(Indicator x, String target) {
        return IndicatorInterpreter.interpret(x.toBuilder().target(target).build());
    }

    /** A comparator misread as the characters {@code readAs}, then the figure meant, its unit after. */
    private record Misreading(String readAs, Pattern pattern) {

        /** The match of a compacted value; null when none, told by its first character for most values. */
        Matcher in(String text) {
            if (text.isEmpty() || readAs.indexOf(text.charAt(0)) < 0) {
                return null;
            }
            Matcher matcher = pattern.matcher(text);
            return matcher.matches() ? matcher : null;
        }
    }

    private static String compact(String text) {
        return AsciiBlanks.removed(text);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
