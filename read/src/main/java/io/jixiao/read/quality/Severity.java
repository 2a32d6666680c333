package io.jixiao.read.quality;

/** How much a finding matters: errors make a figure untrustworthy, warnings need a look, info is a gap. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
