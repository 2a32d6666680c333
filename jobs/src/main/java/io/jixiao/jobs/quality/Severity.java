package io.jixiao.jobs.quality;

/** How much a finding matters: errors make a figure untrustworthy, warnings need a look, info is a gap. */
enum Severity {
    ERROR, WARNING, INFO;

    String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
