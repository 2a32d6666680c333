package io.jixiao.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.schema.model.ParsedDocument;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The samples re-encoded (GBK, GB18030, UTF-16 with and without BOM, UTF-8 BOM, CRLF) read exactly as the originals. */
class TestEncodings {

    private final DocumentParser parser = new DocumentParser();

    private enum Variant {
        GBK("GBK", "GB18030", false, false),
        GB18030("GB18030", "GB18030", false, false),
        UTF_16LE_BOM("UTF-16LE", "UTF-16LE", true, false),
        UTF_16BE_BOM("UTF-16BE", "UTF-16BE", true, false),
        UTF_16LE_NO_BOM("UTF-16LE", "UTF-16LE", false, false),
        UTF_8_BOM("UTF-8", "UTF-8", true, false),
        UTF_8_CRLF("UTF-8", "UTF-8", false, true),
        UTF_8_CR("UTF-8", "UTF-8", false, true),
        GBK_CRLF("GBK", "GB18030", false, true),
        UTF_16LE_BOM_CRLF("UTF-16LE", "UTF-16LE", true, true);

        final Charset charset;
        final String reported;
        final boolean bom;
        final boolean crlf;

        Variant(String charset, String reported, boolean bom, boolean crlf) {
            this.charset = Charset.forName(charset);
            this.reported = reported;
            this.bom = bom;
            this.crlf = crlf;
        }

        byte[] encode(String text) {
            String body = this == UTF_8_CR ? text.replace("\n", "\r") : crlf ? text.replace("\n", "\r\n") : text;
            byte[] bytes = body.getBytes(charset);
            if (!bom) {
                return bytes;
            }
            byte[] mark = "\uFEFF".getBytes(charset);
            byte[] out = Arrays.copyOf(mark, mark.length + bytes.length);
            System.arraycopy(bytes, 0, out, mark.length, bytes.length);
            return out;
        }
    }

    static Stream<Arguments> variants() {
        return Samples.NAMES.stream().flatMap(name -> Stream.of(Variant.values()).map(v -> Arguments.of(name, v)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("variants")
    void reEncodedSampleReadsLikeTheOriginal(String name, Variant variant) {
        String text = Samples.text(name);
        assertThat(variant.charset.newEncoder().canEncode(text)).as("%s encodable in %s", name, variant).isTrue();
        ParsedDocument original = parser.parse(name, Samples.bytes(name));
        ParsedDocument reEncoded = parser.parse(name, variant.encode(text));

        assertThat(reEncoded.encoding()).isEqualTo(variant.reported);
        assertThat(reEncoded).usingRecursiveComparison().ignoringFields("encoding").isEqualTo(original);
    }

    @Test
    void emptyAndWhitespaceOnlyDocumentsAreRejected() {
        assertThat(parser.parse("empty.txt", new byte[0]).rejection()).isEqualTo("empty document");
        assertThat(parser.parse("blank.txt", " \n\t\r\n  \u3000\n".getBytes(StandardCharsets.UTF_8)).rejection())
                .isEqualTo("empty document");
        assertThat(parser.parse("null.txt", null).rejection()).isEqualTo("empty document");
    }

    @Test
    void binaryBytesAreRejected() {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        random[100] = 0;
        random[2001] = 0;
        assertThat(parser.parse("random.bin", random).rejection()).startsWith("binary file, not a text document");

        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D',
            'R', 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0});
        byte[] tail = new byte[512];
        new Random(7).nextBytes(tail);
        png.writeBytes(tail);
        // a PNG is told by its signature and read as a scan: this one is an icon's size, its chunks random
        assertThat(parser.parse("image.png", png.toByteArray()).rejection())
                .isEqualTo("image of 256×256 pixels, too small for a scanned page");
    }

    @Test
    void textFullOfControlCharactersIsRejected() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            text.append((char) (1 + i % 8)).append("ab");
        }
        assertThat(parser.parse("control.bin", text.toString().getBytes(StandardCharsets.UTF_8)).rejection())
                .isEqualTo("binary file, not a text document");
    }

    @Test
    void truncatedSampleIsReadAsFarAsItGoesAndSaysSo() {
        byte[] whole = Samples.bytes(Samples.NAMES.get(3));
        int half = whole.length / 2;
        while ((whole[half] & 0xC0) != 0x80) {
            half++;
        }
        ParsedDocument document = parser.parse("half.txt", Arrays.copyOf(whole, half));

        assertThat(document.rejection()).isNull();
        assertThat(document.encoding()).isEqualTo("UTF-8");
        assertThat(document.forms()).isNotEmpty();
        assertThat(document.problems()).anySatisfy(problem ->
                assertThat(problem.message()).contains("truncated"));
    }

    @Test
    void textInNoKnownLayoutIsRejectedNamingItsFirstLine() {
        String text = "\n\nDear colleagues,\nplease find the budget attached.\n";
        ParsedDocument document = parser.parse("letter.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(document.rejection()).startsWith("line 3: no known layout").contains("Dear colleagues");
    }

    @Test
    void tableWithoutFormTitleIsRejectedNamingItsFirstLine() {
        String text = "\n名称\t数量\t金额\n办公用品\t3\t120.00\n";
        ParsedDocument document = parser.parse("table.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(document.rejection()).isEqualTo("line 2: no form title found: '名称 | 数量 | 金额'");
    }
}
