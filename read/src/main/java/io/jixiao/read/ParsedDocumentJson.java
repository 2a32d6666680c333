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
import io.jixiao.schema.vocabulary.IndicatorStatus;
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
        node.put("region", form.region());
        node.put("region_code", form.regionCode());
        node.put("department", form.department());
        node.put("unit", form.unit());
        node.put("project", form.project());
        node.put("project_type", form.projectType());
        node.put("project_level", form.projectLevel());
        node.put("start_date", form.startDate());
        node.put("end_date", form.endDate());
        node.put("total_score", form.totalScore());
        node.put("grade", form.grade());
        ObjectNode texts = node.putObject("texts");
        form.texts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> texts.put(entry.getKey(), entry.getValue()));
        node.putArray("lines").add(form.firstLine()).add(form.lastLine());
        ArrayNode funds = node.putArray("funds");
        for (FundLine fund : form.funds()) {
            funds.addObject()
                    .put("side", fund.side())
                    .put("source", fund.source())
                    .put("item", fund.item())
                    .put("initial_budget", fund.initialBudget())
                    .put("full_year_budget", fund.fullYearBudget())
                    .put("executed", fund.executed())
                    .put("half_year_plan", fund.halfYearPlan())
                    .put("weight", fund.weight())
                    .put("rate", fund.rate())
                    .put("score", fund.score())
                    .put("amount_unit", fund.amountUnit())
                    .put("line", fund.line());
        }
        ArrayNode indicators = node.putArray("indicators");
        for (Indicator indicator : form.indicators()) {
            indicators.addObject()
                    .put("level1", indicator.level1())
                    .put("level2", indicator.level2())
                    .put("key_work", indicator.keyWork())
                    .put("name", indicator.name())
                    .put("target", indicator.target())
                    .put("target_half", indicator.targetHalf())
                    .put("actual", indicator.actual())
                    .put("weight", indicator.weight())
                    .put("score", indicator.score())
                    .put("reason", indicator.reason())
                    .put("comparator", indicator.comparator())
                    .put("target_value", indicator.targetValue())
                    .put("actual_value", indicator.actualValue())
                    .put("unit", indicator.unit())
                    .put("status", indicator.status() == null ? null : indicator.status().code())
                    .put("line", indicator.line());
        }
        return node;
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
        node.path("funds").forEach(f -> funds.add(FundLine.builder()
                .side(text(f, "side"))
                .source(text(f, "source"))
                .item(text(f, "item"))
                .initialBudget(decimal(f, "initial_budget"))
                .fullYearBudget(decimal(f, "full_year_budget"))
                .executed(decimal(f, "executed"))
                .halfYearPlan(decimal(f, "half_year_plan"))
                .weight(decimal(f, "weight"))
                .rate(decimal(f, "rate"))
                .score(decimal(f, "score"))
                .amountUnit(text(f, "amount_unit"))
                .line(f.path("line").asInt())
                .build()));
        List<Indicator> indicators = new ArrayList<>();
        node.path("indicators").forEach(i -> indicators.add(Indicator.builder()
                .level1(text(i, "level1"))
                .level2(text(i, "level2"))
                .keyWork(text(i, "key_work"))
                .name(text(i, "name"))
                .target(text(i, "target"))
                .targetHalf(text(i, "target_half"))
                .actual(text(i, "actual"))
                .weight(decimal(i, "weight"))
                .score(decimal(i, "score"))
                .reason(text(i, "reason"))
                .comparator(text(i, "comparator"))
                .targetValue(decimal(i, "target_value"))
                .actualValue(decimal(i, "actual_value"))
                .unit(text(i, "unit"))
                .status(text(i, "status") == null ? null : IndicatorStatus.fromCode(text(i, "status")))
                .line(i.path("line").asInt())
                .build()));
        JsonNode year = node.path("year");
        return Form.builder()
                .kind(FormKind.fromCode(text(node, "kind")))
                .year(year.isNumber() ? year.asInt() : null)
                .region(text(node, "region"))
                .regionCode(text(node, "region_code"))
                .department(text(node, "department"))
                .unit(text(node, "unit"))
                .project(text(node, "project"))
                .projectType(text(node, "project_type"))
                .projectLevel(text(node, "project_level"))
                .startDate(text(node, "start_date"))
                .endDate(text(node, "end_date"))
                .totalScore(decimal(node, "total_score"))
                .grade(text(node, "grade"))
                .texts(texts)
                .firstLine(node.path("lines").path(0).asInt())
                .lastLine(node.path("lines").path(1).asInt())
                .funds(funds)
                .indicators(indicators)
                .build();
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
