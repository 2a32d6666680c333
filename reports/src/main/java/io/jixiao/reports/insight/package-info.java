/**
 * What the report and the console say first: which agencies do worst and how they moved, each figure defined once
 * here over the metrics' rows (the execution-rate and indicator-completion metrics grouped by agency).
 */
package io.jixiao.reports.insight;
