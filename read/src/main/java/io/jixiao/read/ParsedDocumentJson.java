package io.jixiao.read;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jixiao.schema.model.Form;
import io.jixiao.schema.model.FundLine;
import io.jixiao.schema.model.Indicator;
import io.jixiao.schema.model.ParsedDocument;
import io.jixiao.schema.model.Problem;
import io.jixiao.schema.vocabulary.FormKind;
import io.jixiao.schema.warehouse.ModelColumns;
import io.jixiao.schema.warehouse.ModelColumns.ModelColumn;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a parsed document: snake_case keys in a fixed order, decimals as JSON numbers at the scale
 * written (216.86, 10, 230.00), nulls written as null. {@link #read} turns that JSON back into the records.
 */
public final class ParsedDocumentJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setNodeFactory(NODES)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ParsedDocumentJson() {
    }

    public static String write(ParsedDocument document) {
        try {
            return MAPPER.writeValueAsString(toNode(document)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + document.document(), e);
        }
    }

    public static ObjectNode toNode(ParsedDocument document) {
        ObjectNode node = NODES.objectNode();
        node.put("document", document.document());
        node.put("encoding", document.encoding());
        node.put("layout", document.layout());
        ArrayNode forms = node.putArray("forms");
        document.forms().forEach(form -> forms.add(form(form)));
        ArrayNode problems = node.putArray("problems");
        for (Problem problem : document.problems()) {
            problems.addObject().put("line", problem.line()).put("message", problem.message());
        }
        node.put("rejection", document.rejection());
        return node;
    }

    private static ObjectNode form(Form form) {
        ObjectNode node = NODES.objectNode();
        node.put("kind", form.kind().code());
        node.put("year", form.year());
        putColumns(node, form, ModelColumns.FORM);
        ObjectNode texts = node.putObject("texts");
        form.texts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> texts.put(entry.getKey(), entry.getValue()));
        node.putArray("lines").add(form.firstLine()).add(form.lastLine());
        ArrayNode funds = node.putArray("funds");
        form.funds().forEach(fund -> putColumns(funds.addObject(), fund, ModelColumns.FUND_LINE));
        ArrayNode indicators = node.putArray("indicators");
        form.indicators().forEach(indicator -> putColumns(indicators.addObject(), indicator, ModelColumns.INDICATOR));
        return node;
    }

    private static <T> void putColumns(ObjectNode node, T record, List<? extends ModelColumn<T, ?>> columns) {
        for (ModelColumn<T, ?> column : columns) {
            Object value = column.of(record);
            switch (column.type()) {
                case STRING -> node.put(column.name(), (String) value);
                case DECIMAL -> node.put(column.name(), (BigDecimal) value);
                case INT -> node.put(column.name(), (Integer) value);
                default -> throw new IllegalStateException("no JSON for a " + column.type() + " value: "
                        + column.name());
            }
        }
    }

    public static ParsedDocument read(String json) {
        try {
            return fromNode(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a parsed-document JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static ParsedDocument fromNode(JsonNode node) {
        List<Form> forms = new ArrayList<>();
        node.path("forms").forEach(form -> forms.add(form(form)));
        List<Problem> problems = new ArrayList<>();
        node.path("problems").forEach(p -> problems.add(new Problem(p.path("line").asInt(), text(p, "message"))));
        return new ParsedDocument(text(node, "document"), text(node, "encoding"), text(node, "layout"), forms,
                problems, text(node, "rejection"));
    }

    private static Form form(JsonNode node) {
        Map<String, String> texts = new LinkedHashMap<>();
        node.path("texts").fields().forEachRemaining(e -> texts.put(e.getKey(), e.getValue().asText()));
        List<FundLine> funds = new ArrayList<>();
        node.path("funds").forEach(fund -> funds.add(
                columnsOf(fund, FundLine.builder(), ModelColumns.FUND_LINE).build()));
        List<Indicator> indicators = new ArrayList<>();
        node.path("indicators").forEach(indicator -> indicators.add(
                columnsOf(indicator, Indicator.builder(), ModelColumns.INDICATOR).build()));
        JsonNode year = node.path("year");
        return columnsOf(node, Form.builder(), ModelColumns.FORM)
                .kind(FormKind.fromCode(text(node, "kind")))
                .year(year.isNumber() ? year.asInt() : null)
                .texts(texts)
                .firstLine(node.path("lines").path(0).asInt())
                .lastLine(node.path("lines").path(1).asInt())
                .funds(funds)
                .indicators(indicators)
                .build();
    }

    private static <B> B columnsOf(JsonNode node, B builder, List<? extends ModelColumn<?, B>> columns) {
        for (ModelColumn<?, B> column : columns) {
            column.setOn(builder, switch (column.type()) {
                case STRING -> text(node, column.name());
                case DECIMAL -> decimal(node, column.name());
                case INT -> node.path(column.name()).asInt();
                default -> throw new IllegalStateException("no JSON for a " + column.type() + " value: "
                        + column.name());
            });
        }
        return builder;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.decimalValue() : null;
    }
}
