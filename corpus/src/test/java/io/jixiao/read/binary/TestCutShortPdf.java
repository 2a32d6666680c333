package io.jixiao.read.binary;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.corpus.convert.DocumentConverter;
import io.jixiao.read.DocumentParser;
import io.jixiao.read.Samples;
import io.jixiao.schema.model.ParsedDocument;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15: a PDF cut short (an incomplete download) was rejected as a scan without a text layer, or as "corrupt" with
 * PDFBox's words only; it is now told by its missing end mark, whatever PDFBox recovers of it.
 */
class TestCutShortPdf {

    @ParameterizedTest(name = "{0}% of the file")
    @ValueSource(ints = {10, 33, 50, 67, 90, 99})
    void aCutPdfIsRejectedAsCutShortNeverAsAScan(int percent) throws IOException {
        byte[] pdf = new DocumentConverter().convert(Samples.bytes("000_672dbaea54929c24.txt"), DocumentFormat.PDF);
        byte[] cut = Arrays.copyOf(pdf, pdf.length * percent / 100);

        ParsedDocument document = new DocumentParser().parse("cut.pdf", cut);

        assertThat(document.rejection()).as("rejection of a PDF cut at %d%%", percent)
                .doesNotContain("no text layer").startsWith("PDF cut short");
    }
}
