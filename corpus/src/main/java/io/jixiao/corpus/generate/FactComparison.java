package io.jixiao.corpus.generate;

import io.jixiao.schema.model.Form;
import io.jixiao.schema.model.FundLine;
import io.jixiao.schema.model.Indicator;

import io.jixiao.schema.vocabulary.FundSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The facts a reader takes from a document, compared with a generated document's truth, the way
 * {@code ../shared/realworld/check} compares the real fragments with theirs: a form is found by its kind and project
 * (its unit for a department's form); then each fact the truth holds is matched, wrong (read, with another value) or
 * missing (not read). Facts: the form's year, unit, department and project; each fund line's amounts, rate, weight
 * and score (by side and source, and item for named lines); each indicator's levels, weight, score, comparator,
 * target and actual values (by key work and name, the n-th of a name matched with the n-th). Source lines are not
 * facts: a shape moves them.
 */
public final class FactComparison {

    /** Counts of one comparison, and the wrong facts named ("form / fact: read X, truth Y"). */
    public record Count(int facts, int matched, int wrong, List<String> wrongs) {

        public static final Count NONE = new Count(0, 0, 0, List.of());

        public Count {
            wrongs = List.copyOf(wrongs);
        }

        public int missing() {
            return facts - matched - wrong;
        }

        public Count plus(Count other) {
            List<String> both = new ArrayList<>(wrongs);
            both.addAll(other.wrongs);
            return new Count(facts + other.facts, matched + other.matched, wrong + other.wrong,
                    both.subList(0, Math.min(both.size(), 50)));
        }
    }

    private int facts;
    private int matched;
    private final List<String> wrongs = new ArrayList<>();

    private FactComparison() {
    }

    /** Compares the forms read from one document with its truth. */
    public static Count compare(List<Form> truth, List<Form> read) {
        FactComparison count = new FactComparison();
        Map<String, Form> byKey = new HashMap<>();
        read.forEach(form -> byKey.putIfAbsent(key(form), form));
        for (Form expected : truth) {
            count.form(expected, byKey.get(key(expected)));
        }
        return new Count(count.facts, count.matched, count.wrongs.size(), count.wrongs);
    }

    private static String key(Form form) {
        return form.kind().code() + "|" + compact(form.project() != null ? form.project() : form.unit());
    }

    private void form(Form expected, Form read) {
        String name = key(expected);
        fact(name, "year", expected.year(), read == null ? null : read.year());
        fact(name, "unit", compact(expected.unit()), read == null ? null : compact(read.unit()));
        fact(name, "department", compact(expected.department()), read == null ? null : compact(read.department()));
        fact(name, "project", compact(expected.project()), read == null ? null : compact(read.project()));
        Map<String, FundLine> funds = new HashMap<>();
        if (read != null) {
            read.funds().forEach(line -> funds.putIfAbsent(fundKey(line), line));
        }
        for (FundLine line : expected.funds()) {
            FundLine found = funds.get(fundKey(line));
            String fund = name + " / fund " + fundKey(line);
            fact(fund, "initial_budget", line.initialBudget(), found, FundLine::initialBudget);
            fact(fund, "full_year_budget", line.fullYearBudget(), found, FundLine::fullYearBudget);
            fact(fund, "executed", line.executed(), found, FundLine::executed);
            fact(fund, "weight", line.weight(), found, FundLine::weight);
            fact(fund, "rate", line.rate(), found, FundLine::rate);
            fact(fund, "score", line.score(), found, FundLine::score);
        }
        Map<String, Indicator> indicators = new HashMap<>();
        if (read != null) {
            Map<String, Integer> seen = new HashMap<>();
            read.indicators().forEach(x -> indicators.put(indicatorKey(x, seen), x));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (Indicator x : expected.indicators()) {
            Indicator found = indicators.get(indicatorKey(x, seen));
            String indicator = name + " / " + x.name();
            fact(indicator, "level1", compact(x.level1()), found == null ? null : compact(found.level1()));
            fact(indicator, "level2", compact(x.level2()), found == null ? null : compact(found.level2()));
            fact(indicator, "weight", x.weight(), found, Indicator::weight);
            fact(indicator, "score", x.score(), found, Indicator::score);
            fact(indicator, "comparator", x.comparator(), found == null ? null : found.comparator());
            fact(indicator, "target_value", x.targetValue(), found, Indicator::targetValue);
            fact(indicator, "actual_value", x.actualValue(), found, Indicator::actualValue);
        }
    }

    /** An indicator by its key work and name, and which of the same name it is (a department's tables repeat names). */
    private static String indicatorKey(Indicator x, Map<String, Integer> seen) {
        String key = compact(x.keyWork()) + "|" + compact(x.name());
        return key + "|" + seen.merge(key, 1, Integer::sum);
    }

    private static String fundKey(FundLine line) {
        return line.side().code() + "|" + line.source().code()
                + (line.source() == FundSource.ITEM ? "|" + compact(line.item()) : "");
    }

    private <T> void fact(String where, String fact, BigDecimal truth, T found, Function<T, BigDecimal> value) {
        fact(where, fact, truth, found == null ? null : value.apply(found));
    }

    /** A fact the truth holds (not null) counts; read and equal matches, read and different is wrong. */
    private void fact(String where, String fact, Object truth, Object read) {
        if (truth == null) {
            return;
        }
        facts++;
        if (read == null) {
            return;
        }
        boolean equal = truth instanceof BigDecimal t && read instanceof BigDecimal r ? t.compareTo(r) == 0
                : Objects.equals(truth, read);
        if (equal) {
            matched++;
        } else {
            wrongs.add(where + " / " + fact + ": read " + read + ", truth " + truth);
        }
    }

    private static String compact(String text) {
        return text == null ? null : text.replaceAll("\\s+", "");
    }
}
