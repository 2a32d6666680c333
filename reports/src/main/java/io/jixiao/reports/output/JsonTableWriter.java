package io.jixiao.reports.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jixiao.reports.metrics.MetricTable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * JSON: {@code {"metric": …, "columns": […], "rows": [{column: value, …}, …]}}, numbers as JSON numbers
 * (decimals written plainly, never with an exponent).
 */
public final class JsonTableWriter implements MetricTableWriter {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public void write(String title, MetricTable table, OutputStream out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("metric", title);
        ArrayNode columns = root.putArray("columns");
        table.columns().forEach(columns::add);
        ArrayNode rows = root.putArray("rows");
        for (List<Object> row : table.rows()) {
            ObjectNode object = rows.addObject();
            for (int c = 0; c < row.size(); c++) {
                object.set(table.columns().get(c), JSON.valueToTree(row.get(c)));
            }
        }
        JSON.writeValue(out, root);
        out.flush();
    }
}
