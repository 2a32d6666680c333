package io.jixiao.jobs.ingest;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which of several documents' copies of one form the warehouse keeps ({@link CopyRule}): the later 填报日期, then a
 * correction mark in the document's path (修订, 更正: {@code revision-marks.txt}), then the later ingest, then the path
 * that sorts last. Every other copy is superseded, with the rule that decided against it.
 */
final class CopyPrecedence {

    private static final List<String> REVISION_MARKS = marks();

    /** One document's copy of a form. */
    record FormCopy(String formId, String docId, String path, String filledDate, boolean earlierIngest) {

        FormCopy {
            requireNonNull(formId, "formId");
            requireNonNull(docId, "docId");
            requireNonNull(path, "path");
        }

        boolean revised() {
            return REVISION_MARKS.stream().anyMatch(path::contains);
        }
    }

    /** A copy that lost to the kept one, and why. */
    record Superseded(FormCopy copy, FormCopy keptBy, CopyRule rule) {
    }

    private CopyPrecedence() {
    }

    /** The copies of one form (two or more) settled: the kept one first decides against each of the others. */
    static List<Superseded> settle(List<FormCopy> copies) {
        if (copies.size() < 2) {
            return List.of();
        }
        // in a fixed order, so that the outcome never depends on the order Spark returned them in
        List<FormCopy> ordered = copies.stream().sorted(Comparator.comparing(FormCopy::path)
                .thenComparing(FormCopy::docId)).toList();
        FormCopy kept = ordered.get(0);
        for (FormCopy copy : ordered.subList(1, ordered.size())) {
            if (winner(copy, kept).equals(copy)) {
                kept = copy;
            }
        }
        List<Superseded> superseded = new ArrayList<>();
        for (FormCopy copy : ordered) {
            if (copy != kept) {
                superseded.add(new Superseded(copy, kept, rule(kept, copy)));
            }
        }
        return superseded;
    }

    private static FormCopy winner(FormCopy a, FormCopy b) {
        int order = switch (rule(a, b)) {
            case LATER_FILLED_DATE -> a.filledDate().compareTo(b.filledDate());
            case REVISION_MARK -> a.revised() ? 1 : -1;
            case LATER_INGEST -> a.earlierIngest() ? -1 : 1;
            case LAST_PATH -> a.path().compareTo(b.path()) != 0 ? a.path().compareTo(b.path())
                    : a.docId().compareTo(b.docId());
        };
        return order >= 0 ? a : b;
    }

    /** The first rule that tells the two copies apart. */
    private static CopyRule rule(FormCopy a, FormCopy b) {
        if (a.filledDate() != null && b.filledDate() != null && !a.filledDate().equals(b.filledDate())) {
            return CopyRule.LATER_FILLED_DATE;
        }
        if (a.revised() != b.revised()) {
            return CopyRule.REVISION_MARK;
        }
        if (a.earlierIngest() != b.earlierIngest()) {
            return CopyRule.LATER_INGEST;
        }
        return CopyRule.LAST_PATH;
    }

    private static List<String> marks() {
        try (InputStream in = CopyPrecedence.class.getResourceAsStream("revision-marks.txt")) {
            List<String> marks = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(Optional.ofNullable(in)
                    .orElseThrow(() -> new IllegalStateException("missing resource revision-marks.txt")),
                    StandardCharsets.UTF_8))) {
                reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .forEach(marks::add);
            }
            return List.copyOf(marks);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read revision-marks.txt", e);
        }
    }
}
