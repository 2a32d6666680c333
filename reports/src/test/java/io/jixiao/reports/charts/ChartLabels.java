package io.jixiao.reports.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.Layer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Every text a chart draws: titles, axis labels, category and symbol names, legend items, markers, annotations. */
final class ChartLabels {
    private ChartLabels() {
    }

    static List<String> of(JFreeChart chart) {
        List<String> labels = new ArrayList<>();
        labels.add(chart.getTitle().getText());
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title subtitle = chart.getSubtitle(i);
            if (subtitle instanceof TextTitle text) {
                labels.add(text.getText());
            } else if (subtitle instanceof PaintScaleLegend legend) {
                labels.add(legend.getAxis().getLabel());
            }
        }
        if (chart.getPlot() instanceof CategoryPlot plot) {
            labels.add(plot.getDomainAxis().getLabel());
            labels.add(plot.getRangeAxis().getLabel());
            for (int d = 0; d < plot.getDatasetCount(); d++) {
                plot.getDataset(d).getRowKeys().forEach(key -> labels.add(key.toString()));
                plot.getDataset(d).getColumnKeys().forEach(key -> labels.add(key.toString()));
            }
            addLegend(labels, plot.getLegendItems());
            addMarkers(labels, plot.getRangeMarkers(Layer.FOREGROUND));
            addMarkers(labels, plot.getRangeMarkers(Layer.BACKGROUND));
        } else if (chart.getPlot() instanceof XYPlot plot) {
            for (Axis axis : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
                labels.add(axis.getLabel());
                if (axis instanceof SymbolAxis symbols) {
                    labels.addAll(Arrays.asList(symbols.getSymbols()));
                }
            }
            addLegend(labels, plot.getLegendItems());
            addMarkers(labels, plot.getRangeMarkers(Layer.FOREGROUND));
            addMarkers(labels, plot.getRangeMarkers(Layer.BACKGROUND));
            addMarkers(labels, plot.getDomainMarkers(Layer.FOREGROUND));
            addMarkers(labels, plot.getDomainMarkers(Layer.BACKGROUND));
            plot.getAnnotations().stream().filter(XYTextAnnotation.class::isInstance)
                    .map(annotation -> ((XYTextAnnotation) annotation).getText()).forEach(labels::add);
        } else {
            throw new IllegalArgumentException("Unexpected plot " + chart.getPlot().getClass());
        }
        return labels.stream().filter(Objects::nonNull).distinct().toList();
    }

    private static void addLegend(List<String> labels, LegendItemCollection items) {
        for (int i = 0; i < items.getItemCount(); i++) {
            labels.add(items.get(i).getLabel());
        }
    }

    private static void addMarkers(List<String> labels, Collection<?> markers) {
        if (markers != null) {
            markers.forEach(marker -> labels.add(((Marker) marker).getLabel()));
        }
    }
}
