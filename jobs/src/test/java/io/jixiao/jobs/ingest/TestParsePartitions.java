package io.jixiao.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.internal.SQLConf;
import org.junit.jupiter.api.Test;

class TestParsePartitions {

    private static final Path DATA = Path.of("..", "data");

    @Test
    void theRealDocumentsAreSharedOutWithAboutEqualWork() throws IOException {
        List<NewDocument> documents = documents();
        assertThat(documents).hasSizeGreaterThan(20);

        List<List<NewDocument>> partitions = ParsePartitions.balance(documents, 4);

        assertThat(partitions).hasSize(4);
        assertThat(partitions.stream().flatMap(Collection::stream)).containsExactlyInAnyOrderElementsOf(documents);
        long largest = documents.stream().mapToLong(ParsePartitions::work).max().orElseThrow();
        List<Long> loads = partitions.stream()
                .map(partition -> partition.stream().mapToLong(ParsePartitions::work).sum()).toList();
        // largest first to the least loaded: no partition exceeds another by more than one document
        assertThat(loads.stream().mapToLong(Long::longValue).max().orElseThrow()
                - loads.stream().mapToLong(Long::longValue).min().orElseThrow()).isLessThanOrEqualTo(largest);
    }

    @Test
    void aManyDocumentBatchMakesAMultipleOfTheCoresUpToTheLimit() throws IOException {
        List<NewDocument> documents = documents();
        SQLConf conf = new SQLConf();
        conf.setConfString("spark.sql.files.openCostInBytes", "1");
        conf.setConfString("spark.sql.files.maxPartitionBytes", "100000");

        // some 750 KB of documents in splits of 100 KB: eight or so, as Spark would make, then whole waves
        assertThat(ParsePartitions.count(documents, conf, 2, null)).isGreaterThan(4).matches(count -> count % 2 == 0);
        assertThat(ParsePartitions.count(documents, conf, 3, null)).isGreaterThan(6).matches(count -> count % 3 == 0);
        assertThat(ParsePartitions.count(documents, conf, 2, 4)).isEqualTo(4);
    }

    @Test
    void aSmallBatchMakesNoMorePartitionsThanDocuments() throws IOException {
        List<NewDocument> three = documents().subList(0, 3);

        assertThat(ParsePartitions.count(three, new SQLConf(), 4, 8)).isEqualTo(3);
        assertThat(ParsePartitions.count(List.of(), new SQLConf(), 4, 8)).isZero();
    }

    private static List<NewDocument> documents() throws IOException {
        try (Stream<Path> files = Files.walk(DATA)) {
            return files.filter(Files::isRegularFile).sorted().map(file -> {
                try {
                    DocumentFile document = DocumentFile.of(file.toUri(), Files.size(file), 0);
                    return new NewDocument(document, document.path());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
