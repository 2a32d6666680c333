/** Metric tables written as a terminal table, CSV, JSON or XLSX ({@link io.jixiao.reports.output.OutputFormat}). */
package io.jixiao.reports.output;
