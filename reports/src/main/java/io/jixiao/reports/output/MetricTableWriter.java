package io.jixiao.reports.output;

import io.jixiao.reports.metrics.MetricTable;
import java.io.IOException;
import java.io.OutputStream;

/** Writes a metric table in one output format. The stream is left open. */
public interface MetricTableWriter {

    /** {@code title} names the table (the metric) where the format has room for it. */
    void write(String title, MetricTable table, OutputStream out) throws IOException;
}
