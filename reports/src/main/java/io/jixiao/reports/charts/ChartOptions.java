package io.jixiao.reports.charts;

/**
 * What every chart needs besides its data.
 *
 * @param lang    label language
 * @param filters the filters applied to the data, already worded for the reader (empty for none)
 * @param topN    how many agencies a chart shows by name before it groups the rest as "其他/others"
 */
public record ChartOptions(Lang lang, String filters, int topN) {
    public ChartOptions {
        if (topN < 1) {
            throw new IllegalArgumentException("topN must be at least 1, was " + topN);
        }
        filters = filters == null ? "" : filters.strip();
    }
}
