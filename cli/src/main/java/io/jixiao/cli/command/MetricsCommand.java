package io.jixiao.cli.command;

import io.jixiao.reports.metrics.MetricCatalog;
import io.jixiao.reports.metrics.MetricDefinition;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code jixiao metrics}: the named metrics {@code jixiao query} runs. */
@Command(name = "metrics", mixinStandardHelpOptions = true, description = "List the metrics, with what each computes.")
public final class MetricsCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        MetricCatalog catalog = MetricCatalog.load();
        int width = catalog.names().stream().mapToInt(String::length).max().orElse(0);
        for (MetricDefinition metric : catalog.all()) {
            System.out.printf("%-" + width + "s  %s%n", metric.name(), metric.description());
        }
        return 0;
    }
}
