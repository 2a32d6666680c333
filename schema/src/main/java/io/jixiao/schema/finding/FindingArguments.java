package io.jixiao.schema.finding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Map;
import java.util.TreeMap;

/**
 * A finding's message arguments beyond expected and actual (the indicator it is about, the column that does not add
 * up, …) as the {@code findings.arguments} column stores them: one JSON object of strings, keys sorted.
 */
public final class FindingArguments {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> TYPE = new TypeReference<>() {
    };

    private FindingArguments() {
    }

    /** Null for no argument, so that a finding without any stores nothing. */
    public static String toJson(Map<String, String> arguments) {
        if (arguments.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(new TreeMap<>(arguments));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always writes as JSON", e);
        }
    }

    /** Empty for a null column (a warehouse written before the column) or a value that is not a JSON object. */
    public static Map<String, String> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            TreeMap<String, String> arguments = JSON.readValue(json, TYPE);
            arguments.values().removeIf(java.util.Objects::isNull);
            return Map.copyOf(arguments);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Map.of();
        }
    }
}
