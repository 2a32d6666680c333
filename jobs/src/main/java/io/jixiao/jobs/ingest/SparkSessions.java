package io.jixiao.jobs.ingest;

import com.graphbuilder.curve.ControlPath;
import com.zaxxer.sparsebits.SparseBitSet;
import io.jixiao.read.DocumentParser;
import io.jixiao.schema.model.ParsedDocument;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.text.StringSubstitutor;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.apache.xmlbeans.XmlObject;
import org.mozilla.universalchardet.UniversalDetector;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The Spark session Jixiao's jobs run in: local mode by default, or a cluster's master URL. */
public final class SparkSessions {

    public static final String LOCAL = "local[*]";

    private SparkSessions() {
    }

    /** A session on the master given, else on the one spark-submit set (spark.master), else in local mode. */
    public static SparkSession create(String master) {
        if (master == null) {
            master = new SparkConf().get("spark.master", LOCAL);
        }
        SparkSession.Builder builder = SparkSession.builder()
                .appName("jixiao")
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                // Many small documents: pack them into few partitions instead of one task per file.
                .config("spark.sql.files.openCostInBytes", String.valueOf(64 * 1024))
                .config("spark.sql.parquet.compression.codec", "zstd")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.debug.maxToStringFields", "1000")
                // INT96 timestamps are deprecated in Parquet; DuckDB and others read MICROS natively.
                .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
        if (master.startsWith("local")) {
            builder.master(master)
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", "4")
                    // Every ingest task writes a file per table and year, which DuckDB opens on every query: 188
                    // tasks for a million forms made 1,880 files a table and metrics of 1-9 s, 16 tasks 160 files.
                    // Two tasks per core: documents packed by size balance them, and a batch of any size leaves
                    // few enough files a year that compaction need not rewrite them (TableCompaction).
                    .config("spark.sql.files.maxPartitionNum",
                            String.valueOf(2 * Runtime.getRuntime().availableProcessors()));
        } else {
            builder.master(master);
            // spark-submit names the application jar in spark.jars; a plain java launch ships its own jars
            if (!new SparkConf().contains("spark.jars")) {
                builder.config("spark.jars", executorJars());
            }
        }
        return builder.getOrCreate();
    }

    /**
     * The jars holding what executors run: the ingest (jobs), the document parser (read), the domain model (schema)
     * with the CSV reader of its data (the administrative divisions) and the template engine of its finding messages
     * (commons-text), the charset detector, and the Office and PDF readers (POI with its schemas and XMLBeans,
     * PDFBox), one class of each jar; what they share with Spark (commons-io, commons-compress …) the cluster has.
     * Class folders of a development build cannot be shipped and are left out.
     */
    private static String executorJars() {
        return Stream.of(DocumentIngestor.class, DocumentParser.class, ParsedDocument.class, CSVFormat.class,
                        StringSubstitutor.class, UniversalDetector.class,
                        WorkbookFactory.class, XSSFWorkbook.class, CTTcPr.class, XmlObject.class, SparseBitSet.class,
                        ControlPath.class, Loader.class, RandomAccessRead.class, TrueTypeFont.class)
                .map(SparkSessions::location)
                .filter(Files::isRegularFile)
                .map(path -> path.toUri().toString())
                .distinct()
                .collect(Collectors.joining(","));
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the jar of " + type.getName(), e);
        }
    }
}
