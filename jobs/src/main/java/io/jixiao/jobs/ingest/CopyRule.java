package io.jixiao.jobs.ingest;

/**
 * Why one copy of a form was kept over another document's copy of it, in the order the rules are tried: each decides
 * only where the one before it cannot.
 */
enum CopyRule {
    /** Both copies state a 填报日期 and they differ: the later one was filled in last. */
    LATER_FILLED_DATE("later_filled_date"),
    /** One document's path is marked as a correction (修订, 更正 …) and the other's is not. */
    REVISION_MARK("revision_mark"),
    /** The copies came in different ingests: the later ingest brought the newer copy. */
    LATER_INGEST("later_ingest"),
    /** Nothing tells them apart, both in one ingest: the path that sorts last, so that the choice is repeatable. */
    LAST_PATH("last_path");

    private final String code;

    CopyRule(String code) {
        this.code = code;
    }

    /** The rule as stored in {@code form_copies.rule}. */
    String code() {
        return code;
    }
}
