package io.jixiao.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.schema.model.ParsedDocument;
import io.jixiao.schema.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON form: stable key order, decimals at the scale written, explicit nulls, and a lossless round trip. */
class TestParsedDocumentJson {

    private final DocumentParser parser = new DocumentParser();

    static List<String> samples() {
        return Samples.NAMES;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void writingWhatWasReadGivesTheSameText(String name) throws IOException {
        String golden = Files.readString(Samples.expected(name));
        assertThat(ParsedDocumentJson.write(ParsedDocumentJson.read(golden))).isEqualTo(golden);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void readingWhatWasWrittenGivesTheSameRecords(String name) {
        ParsedDocument document = parser.parse(name, Samples.bytes(name));
        assertThat(ParsedDocumentJson.read(ParsedDocumentJson.write(document))).isEqualTo(document);
    }

    @Test
    void decimalsKeepTheirScaleAndNullsAreWritten() {
        String json = ParsedDocumentJson.write(parser.parse("000", Samples.bytes(Samples.NAMES.get(0))));
        assertThat(json).contains("\"executed\" : 216.86,", "\"initial_budget\" : 230.00,", "\"weight\" : 10,",
                "\"half_year_plan\" : null,", "\"rejection\" : null");
        assertThat(json.indexOf("\"document\"")).isLessThan(json.indexOf("\"encoding\""));
        assertThat(json.indexOf("\"encoding\"")).isLessThan(json.indexOf("\"layout\""));
        assertThat(json.indexOf("\"forms\"")).isLessThan(json.indexOf("\"problems\""));
    }

    @Test
    void rejectedDocumentsAreWrittenWithTheirReason() {
        ParsedDocument rejected = ParsedDocument.rejected("x.bin", null, "binary file, not a text document");
        String json = ParsedDocumentJson.write(rejected);
        assertThat(json).contains("\"layout\" : null", "\"forms\" : [ ]", "\"rejection\" : \"binary file, not a text document\"");
        assertThat(ParsedDocumentJson.read(json)).isEqualTo(rejected);
        ParsedDocument withProblem = new ParsedDocument("y.txt", "UTF-8", "tab_rows", List.of(),
                List.of(new Problem(3, "row not recognised")), null);
        assertThat(ParsedDocumentJson.read(ParsedDocumentJson.write(withProblem))).isEqualTo(withProblem);
    }
}
