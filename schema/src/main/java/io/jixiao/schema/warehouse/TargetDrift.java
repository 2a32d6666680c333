package io.jixiao.schema.warehouse;

import io.jixiao.schema.vocabulary.Coded;
import io.jixiao.schema.vocabulary.FormKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The drift of target tables against their self-evaluations, in one definition ({@code target-drift-compared.sql}):
 * listed by the metric target-drift-listing, and settled per pair into {@link WarehouseTables#TARGET_DRIFT} when a
 * year's forms are settled ({@code target-drift-pairs.sql}: by {@code jixiao compact}), which the metric target-drift
 * counts. A year of forms without its rows (changed by an ingest since, or written by a Jixiao before the table) is
 * computed by the views ({@link #withUnsettledSql}): the same figure, at the old speed.
 */
public final class TargetDrift {

    /** The part's name in the metric templates ({@code {{part:NAME}}}). */
    public static final String COMPARED_PART = "target-drift-compared";

    private static final String FOLDER = "/io/jixiao/schema/warehouse/";

    private TargetDrift() {
    }

    /**
     * The common table expressions {@code selected}, {@code pairs}, {@code planned}, {@code evaluated} and
     * {@code compared}, with the metric placeholders {@code {{group}}} and {@code {{filter}}} (forms alias f).
     */
    public static String compared() {
        return read(COMPARED_PART + ".sql").stripTrailing();
    }

    /**
     * The rows of {@link WarehouseTables#TARGET_DRIFT} (its columns in order) of every year of the views named
     * {@code forms} and {@code indicators}: the pairs of those years and each year's mark.
     */
    public static String pairsSql() {
        String compared = compared().replace("{{group}}", "''").replace("{{filter}}", "(1 = 1)");
        return read("target-drift-pairs.sql").replace("{{compared}}", compared);
    }

    /**
     * The rows of {@link WarehouseTables#TARGET_DRIFT} as a view gives them: the stored rows of the settled years, and
     * those of the unsettled years computed from the views {@code forms} and {@code indicators} (the years an ingest
     * changed since the last {@code jixiao compact}, or an older Jixiao wrote), so that the figure is the same either
     * way and only its speed differs.
     *
     * @param stored the stored rows as a FROM item (its columns in the table's order)
     */
    public static String withUnsettledSql(String stored, Set<Integer> unsettled) {
        if (unsettled.isEmpty()) {
            return "SELECT * FROM " + stored;
        }
        String years = String.join(", ", unsettled.stream().map(String::valueOf).toList());
        return "SELECT * FROM " + stored + " WHERE year NOT IN (" + years + ") UNION ALL SELECT * FROM ("
                + pairsSql() + ") computed WHERE year IN (" + years + ")";
    }

    /**
     * The years of forms whose drift the table lacks, from the paths of their data files (relative to the snapshot
     * folder: {@code forms/year=2023/…}, {@code target_drift/year=2023/…}).
     */
    public static Set<Integer> unsettledYears(Collection<String> formsFiles, Collection<String> driftFiles) {
        Set<Integer> years = new TreeSet<>();
        formsFiles.forEach(path -> WarehouseTable.yearOfPath(path).ifPresent(years::add));
        driftFiles.forEach(path -> WarehouseTable.yearOfPath(path).ifPresent(years::remove));
        return years;
    }

    /**
     * Whether forms of these kinds (the codes of one year's forms) can make a pair of
     * {@code target-drift-compared.sql}: a target table and a self-evaluation of the same level (project or
     * department). A year whose kinds cannot has no pair, only its mark, whatever its units and indicators.
     */
    public static boolean kindsMayPair(Collection<String> kinds) {
        // a kind this version does not know pairs with nothing
        Set<FormKind> known = kinds.stream().filter(Objects::nonNull)
                .flatMap(code -> Coded.byCode(FormKind.class, code).stream()).collect(Collectors.toSet());
        return known.stream().anyMatch(target -> !target.isSelfEvaluation() && known.stream()
                .anyMatch(evaluation -> evaluation.isSelfEvaluation()
                        && evaluation.isDepartment() == target.isDepartment()));
    }

    private static String read(String file) {
        try (InputStream in = TargetDrift.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FOLDER + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FOLDER + file, e);
        }
    }
}
