package io.jixiao.jobs.read.binary;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.jobs.convert.DocumentConverter;
import io.jixiao.jobs.read.DocumentParser;
import io.jixiao.jobs.read.ParsedDocumentJson;
import io.jixiao.jobs.read.Samples;
import io.jixiao.schema.model.Form;
import io.jixiao.schema.model.ParsedDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each real sample's tables, written as xlsx, xls, docx and PDF (with merged cells, the CJK font embedded), read back
 * into the same forms as the golden file of the text sample (data/expected, checked by hand against the sources):
 * every field of every form, fund line and indicator, except the line numbers, which follow each format's own
 * convention.
 */
class TestBinaryFormatsRoundTrip {

    private final DocumentConverter converter = new DocumentConverter();
    private final DocumentParser parser = new DocumentParser();

    static Stream<Arguments> samplesAndFormats() {
        return Samples.NAMES.stream().flatMap(name -> Stream.of(DocumentFormat.XLSX, DocumentFormat.XLS,
                DocumentFormat.DOCX, DocumentFormat.PDF).map(format -> Arguments.of(name, format)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("samplesAndFormats")
    void formsEqualTheTextSamples(String name, DocumentFormat format) throws IOException {
        ParsedDocument expected = ParsedDocumentJson.read(Files.readString(Samples.expected(name)));
        byte[] bytes = converter.convert(Samples.bytes(name), format);

        ParsedDocument actual = parser.parse(name, bytes);

        assertThat(actual.rejection()).as("rejection of %s as %s", name, format).isNull();
        assertThat(actual.layout()).isEqualTo(format.name().toLowerCase());
        assertThat(actual.forms()).as("forms of %s as %s", name, format).hasSameSizeAs(expected.forms());
        for (int i = 0; i < expected.forms().size(); i++) {
            Form want = expected.forms().get(i);
            Form got = actual.forms().get(i);
            assertThat(got).as("%s as %s, form %d (text line %d)", name, format, i + 1, want.firstLine())
                    .usingRecursiveComparison()
                    .ignoringFields("firstLine", "lastLine", "funds.line", "indicators.line")
                    .isEqualTo(want);
        }
    }
}
