package io.jixiao.read.scan;

import io.jixiao.schema.model.Form;
import io.jixiao.schema.model.FundLine;
import io.jixiao.schema.model.Indicator;
import io.jixiao.schema.model.ParsedDocument;
import io.jixiao.schema.vocabulary.FundSource;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * How much of a golden document a reading got right, fact by fact, as ../shared/realworld/check scores the real
 * fragments. The facts are the golden file's non-null values: per form its kind, year, department, unit, project,
 * total score and grade; per fund line its initial budget, full-year budget, executed amount, half-year plan and
 * rate; per indicator its level-1 and level-2 names, comparator, target and actual values, weight and score; and
 * the number of forms. Each is matched, wrong or missing (absent from the reading). A wrong number (beyond 0.006) is
 * listed among the wrong facts and again among the wrong numbers, the ones a reader must never produce.
 *
 * <p>Forms pair by project name (exact, then one containing the other), forms without a project by kind and unit
 * or department, and what is left by kind and position among forms of that kind. Fund lines pair by side and source
 * (and by item name for named expense lines), indicators by name within the paired form (exact, then containment).
 * Names and texts are compared after NFKC, with whitespace and a leading unit or project code removed. Every
 * reading's value pairs with at most one golden one, so a reading cannot score a fact twice.
 */
public final class SampleFacts {

    private static final BigDecimal TOLERANCE = new BigDecimal("0.006");

    private SampleFacts() {
    }

    /** The facts of {@code expected} found in {@code actual}; each listed string names the document, form and fact. */
    public record Score(int total, int matched, List<String> wrong, List<String> wrongNumbers, List<String> missing) {

        public Score {
            wrong = List.copyOf(wrong);
            wrongNumbers = List.copyOf(wrongNumbers);
            missing = List.copyOf(missing);
        }

        public double share() {
            return total == 0 ? 0 : (double) matched / total;
        }

        @Override
        public String toString() {
            return String.format("facts: %d/%d matched (%d wrong, %d of them numbers; %d missing)", matched, total,
                    wrong.size(), wrongNumbers.size(), missing.size());
        }
    }

    public static Score score(ParsedDocument expected, ParsedDocument actual) {
        Tally tally = new Tally();
        String document = expected.document();
        tally.count(document + " forms", expected.forms().size(), actual.forms().size());
        List<Form> pairs = pairedForms(expected.forms(), actual.forms());
        for (int i = 0; i < expected.forms().size(); i++) {
            Form want = expected.forms().get(i);
            formFacts(tally, document + " form " + (i + 1) + " '" + name(want) + "'", want, pairs.get(i));
        }
        return tally.score();
    }

    private static void formFacts(Tally tally, String label, Form want, Form got) {
        tally.text(label + " kind", want.kind().code(), value(got, f -> f.kind().code()));
        tally.number(label + " year", decimal(want.year()), decimal(value(got, Form::year)));
        tally.text(label + " department", want.department(), value(got, Form::department));
        tally.text(label + " unit", want.unit(), value(got, Form::unit));
        tally.text(label + " project", want.project(), value(got, Form::project));
        tally.number(label + " total_score", want.totalScore(), value(got, Form::totalScore));
        tally.text(label + " grade", want.grade(), value(got, Form::grade));

        List<FundLine> funds = got == null ? List.of() : got.funds();
        List<FundLine> fundPairs = pair(want.funds(), funds, List.of(
                (w, g) -> sameSource(w, g) && (!isItem(w) || same(w.item(), g.item())),
                (w, g) -> sameSource(w, g) && isItem(w) && contains(w.item(), g.item())));
        for (int i = 0; i < want.funds().size(); i++) {
            FundLine line = want.funds().get(i);
            FundLine found = fundPairs.get(i);
            String fund = label + " fund " + line.side().code() + "/" + line.source().code()
                    + (isItem(line) ? " '" + line.item() + "'" : "");
            tally.number(fund + " initial_budget", line.initialBudget(), value(found, FundLine::initialBudget));
            tally.number(fund + " full_year_budget", line.fullYearBudget(), value(found, FundLine::fullYearBudget));
            tally.number(fund + " executed", line.executed(), value(found, FundLine::executed));
            tally.number(fund + " half_year_plan", line.halfYearPlan(), value(found, FundLine::halfYearPlan));
            tally.number(fund + " rate", line.rate(), value(found, FundLine::rate));
        }

        List<Indicator> indicators = got == null ? List.of() : got.indicators();
        List<Indicator> indicatorPairs = pair(want.indicators(), indicators, List.of(
                (w, g) -> same(w.name(), g.name()),
                (w, g) -> contains(w.name(), g.name())));
        for (int i = 0; i < want.indicators().size(); i++) {
            Indicator indicator = want.indicators().get(i);
            Indicator found = indicatorPairs.get(i);
            String named = label + " indicator '" + indicator.name() + "'";
            tally.text(named + " level1", indicator.level1(), value(found, Indicator::level1));
            tally.text(named + " level2", indicator.level2(), value(found, Indicator::level2));
            tally.text(named + " comparator", indicator.comparator(), value(found, Indicator::comparator));
            tally.number(named + " target_value", indicator.targetValue(), value(found, Indicator::targetValue));
            tally.number(named + " actual_value", indicator.actualValue(), value(found, Indicator::actualValue));
            tally.number(named + " weight", indicator.weight(), value(found, Indicator::weight));
            tally.number(named + " score", indicator.score(), value(found, Indicator::score));
        }
    }

    private static List<Form> pairedForms(List<Form> wanted, List<Form> found) {
        Map<Form, Integer> wantedOrdinals = ordinalsByKind(wanted);
        Map<Form, Integer> foundOrdinals = ordinalsByKind(found);
        return pair(wanted, found, List.of(
                (w, g) -> w.project() != null && same(w.project(), g.project()),
                (w, g) -> w.project() != null && contains(w.project(), g.project()),
                (w, g) -> w.project() == null && w.kind() == g.kind()
                        && (same(w.unit(), g.unit()) || same(w.department(), g.department())),
                (w, g) -> w.kind() == g.kind()
                        && wantedOrdinals.get(w).equals(foundOrdinals.get(g))));
    }

    /** Each form's position among the forms of its kind (by identity: two forms may be equal records). */
    private static Map<Form, Integer> ordinalsByKind(List<Form> forms) {
        Map<Form, Integer> ordinals = new IdentityHashMap<>();
        for (int i = 0; i < forms.size(); i++) {
            Form form = forms.get(i);
            ordinals.put(form, (int) forms.subList(0, i).stream().filter(f -> f.kind() == form.kind()).count());
        }
        return ordinals;
    }

    /**
     * For each wanted element, the found one it pairs with, or null. Each rule runs over all wanted elements before
     * the next, looser one, so that an exact name is not taken by another element's containment.
     */
    private static <T> List<T> pair(List<T> wanted, List<T> found, List<BiPredicate<T, T>> rules) {
        List<T> pairs = new ArrayList<>(Collections.nCopies(wanted.size(), null));
        boolean[] taken = new boolean[found.size()];
        for (BiPredicate<T, T> rule : rules) {
            for (int i = 0; i < wanted.size(); i++) {
                for (int j = 0; pairs.get(i) == null && j < found.size(); j++) {
                    if (!taken[j] && rule.test(wanted.get(i), found.get(j))) {
                        pairs.set(i, found.get(j));
                        taken[j] = true;
                    }
                }
            }
        }
        return pairs;
    }

    private static boolean sameSource(FundLine want, FundLine got) {
        return want.side() == got.side() && want.source() == got.source();
    }

    private static boolean isItem(FundLine line) {
        return line.source() == FundSource.ITEM;
    }

    private static boolean same(String want, String got) {
        return !normal(want).isEmpty() && normal(want).equals(normal(got));
    }

    private static boolean contains(String want, String got) {
        String w = normal(want);
        String g = normal(got);
        return !w.isEmpty() && !g.isEmpty() && (w.contains(g) || g.contains(w));
    }

    /** NFKC, no whitespace, no leading unit or project code ("219001-"), as the real-fragment check compares. */
    static String normal(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "")
                .replaceFirst("^[0-9A-Z]{3,}-", "");
    }

    private static String name(Form form) {
        for (String name : new String[] {form.project(), form.unit(), form.department()}) {
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return form.kind().code();
    }

    private static <T, V> V value(T found, Function<T, V> field) {
        return found == null ? null : field.apply(found);
    }

    private static BigDecimal decimal(Integer number) {
        return number == null ? null : BigDecimal.valueOf(number);
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    private static final class Tally {
        private int total;
        private int matched;
        private final List<String> wrong = new ArrayList<>();
        private final List<String> wrongNumbers = new ArrayList<>();
        private final List<String> missing = new ArrayList<>();

        /** Nulls and blanks in the golden file are not facts. */
        void text(String label, String want, String got) {
            if (normal(want).isEmpty()) {
                return;
            }
            total++;
            if (normal(got).isEmpty()) {
                missing.add(label + ": missing, want '" + want + "'");
            } else if (normal(got).equals(normal(want))) {
                matched++;
            } else {
                wrong.add(label + ": got '" + got + "', want '" + want + "'");
            }
        }

        void number(String label, BigDecimal want, BigDecimal got) {
            if (want == null) {
                return;
            }
            total++;
            if (got == null) {
                missing.add(label + ": missing, want " + plain(want));
            } else if (got.subtract(want).abs().compareTo(TOLERANCE) <= 0) {
                matched++;
            } else {
                String entry = label + ": got " + plain(got) + ", want " + plain(want);
                wrong.add(entry);
                wrongNumbers.add(entry);
            }
        }

        /** A count of forms, not a figure of the document: a reading without forms misses it. */
        void count(String label, int want, int got) {
            total++;
            if (got == 0 && want != 0) {
                missing.add(label + ": missing, want " + want);
            } else if (got == want) {
                matched++;
            } else {
                wrong.add(label + ": got " + got + ", want " + want);
            }
        }

        Score score() {
            return new Score(total, matched, wrong, wrongNumbers, missing);
        }
    }
}
