package io.jixiao.corpus.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jixiao.read.ParsedDocumentJson;
import io.jixiao.schema.model.Form;
import io.jixiao.schema.model.ParsedDocument;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes a synthetic corpus: for every region, unit and year one file of project self-evaluations, and for two
 * units in three one file of target tables (a department's with its projects', or projects' only). Layouts vary by
 * unit: tab rows, one cell per line, pipe rows. One unit-year in six states its amounts in 元 rather than 万元; one
 * region in five saves its files in GBK with CRLF line ends. The documents go to {@code documents/} (so that the
 * folder can be ingested as it is), beside it {@code MANIFEST.json} (every file, marked synthetic) and, unless
 * left out, {@code truth.json} (every form as the parser should read it, in the parser's JSON shape).
 * Documents are written as they are made and both JSON files are streamed, so memory stays flat however large the
 * corpus; regions are made in parallel but written to the JSON files in order.
 * Everything derives from the options, so the same options write byte-identical files.
 */
public final class CorpusGenerator {

    /** Every generated document's file name starts with this, so a warehouse can tell made-up documents. */
    public static final String FILE_PREFIX = "synthetic_";
    public static final String MANIFEST = "MANIFEST.json";
    public static final String TRUTH = "truth.json";
    public static final String DOCUMENTS = "documents";

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper JSON = new ObjectMapper()
            .setNodeFactory(NODES)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final Charset GBK = Charset.forName("GBK");
    /** The name the parser reports for GBK text: it reads it with GB18030, of which GBK is a part. */
    private static final String GBK_AS_READ = "GB18030";
    private static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /** What was written: the corpus folder, its document files and the number of forms in them. */
    public record Corpus(Path directory, List<Path> documents, int forms) {

        /** The folder that holds the documents only: the one to ingest. */
        public Path documentsDirectory() {
            return directory.resolve(DOCUMENTS);
        }
    }

    /** A document made: its text as written (in its shape, if any) and its forms as the parser should read them. */
    private record Document(String fileName, SheetLayout layout, DocumentShape shape, Agency agency, int year,
                            String contents, AmountUnit amounts, List<Form> forms) {
    }

    /** A document as written: its file, its number of forms, what the manifest says of it, its truth if kept. */
    private record Written(Path file, int forms, ObjectNode manifest, ObjectNode truth) {
    }

    public Corpus generate(Path out, CorpusOptions options) {
        return generate(out, options, true);
    }

    /** Writes the corpus; without {@code withTruth} no truth.json (for a million forms it would take gigabytes). */
    public Corpus generate(Path out, CorpusOptions options, boolean withTruth) {
        ExecutorService workers = Executors.newFixedThreadPool(THREADS);
        try {
            Path folder = Files.createDirectories(out.resolve(DOCUMENTS));
            try (JsonGenerator manifest = open(out.resolve(MANIFEST));
                 JsonGenerator truth = withTruth ? open(out.resolve(TRUTH)) : null) {
                manifest.writeStartObject();
                manifest.writeBooleanField("synthetic", true);
                manifest.writeStringField("note", "Made-up documents written by `jixiao generate`; no figure in them is real.");
                manifest.writeFieldName("options");
                JSON.writeTree(manifest, options(options));
                manifest.writeFieldName("renames");
                JSON.writeTree(manifest, renames(options));
                manifest.writeArrayFieldStart("files");
                if (truth != null) {
                    truth.writeStartObject();
                    truth.writeBooleanField("synthetic", true);
                    truth.writeFieldName("options");
                    JSON.writeTree(truth, options(options));
                    truth.writeArrayFieldStart("documents");
                }
                List<Path> written = new ArrayList<>();
                int forms = 0;
                Deque<Future<List<Written>>> pending = new ArrayDeque<>();
                for (int r = 0; r < options.regions(); r++) {
                    int region = r;
                    pending.add(workers.submit(() -> writeRegion(folder, region, options, withTruth)));
                    if (pending.size() > 2 * THREADS) {
                        forms += append(pending.remove().get(), written, manifest, truth);
                    }
                }
                while (!pending.isEmpty()) {
                    forms += append(pending.remove().get(), written, manifest, truth);
                }
                manifest.writeEndArray();
                manifest.writeEndObject();
                if (truth != null) {
                    truth.writeEndArray();
                    truth.writeEndObject();
                }
                return new Corpus(out, written, forms);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus under " + out, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted writing the corpus under " + out, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof UncheckedIOException io ? io
                    : new IllegalStateException("cannot write the corpus under " + out, e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    /** Adds a region's documents to the list, the manifest and the truth (if kept); returns their forms. */
    private static int append(List<Written> region, List<Path> written, JsonGenerator manifest, JsonGenerator truth)
            throws IOException {
        int forms = 0;
        for (Written document : region) {
            written.add(document.file());
            forms += document.forms();
            JSON.writeTree(manifest, document.manifest());
            if (truth != null) {
                JSON.writeTree(truth, document.truth());
            }
        }
        return forms;
    }

    private static JsonGenerator open(Path file) throws IOException {
        JsonGenerator json = JSON.createGenerator(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16),
                JsonEncoding.UTF8);
        json.useDefaultPrettyPrinter();
        return json;
    }

    /** Makes and writes one region's documents; returns them in order for the manifest and the truth. */
    private static List<Written> writeRegion(Path folder, int r, CorpusOptions options, boolean withTruth) {
        RegionCatalog.Region region = RegionCatalog.REGIONS.get(r);
        boolean gbk = r % 5 == 1;
        List<Written> written = new ArrayList<>();
        for (int u = 0; u < options.units(); u++) {
            Random agencyRandom = new Random(mix(options.seed(), region.code(), u, 0));
            Agency agency = Agency.of(region, RegionCatalog.UNITS.get(u), u, options.firstYear(), agencyRandom);
            for (int year = options.firstYear(); year <= options.lastYear(); year++) {
                AmountUnit amounts = Math.floorMod(r + u + year, 6) == 0 ? AmountUnit.YUAN : AmountUnit.WAN_YUAN;
                for (Document document : documentsOf(agency, r, year, amounts,
                        new Random(mix(options.seed(), region.code(), u, year)), options.shapes())) {
                    written.add(write(folder, document, gbk, withTruth));
                }
            }
        }
        return written;
    }

    private static Written write(Path folder, Document document, boolean gbkRegion, boolean withTruth) {
        // a shaped text GBK cannot hold (a traditional character outside it) is saved in UTF-8
        boolean gbk = gbkRegion && (document.shape() == null || GBK.newEncoder().canEncode(document.contents()));
        String contents = gbk ? document.contents().replace("\n", "\r\n") : document.contents();
        byte[] bytes = gbk ? encodeGbk(contents, document.fileName()) : contents.getBytes(StandardCharsets.UTF_8);
        Path file = folder.resolve(document.fileName());
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        ObjectNode truth = withTruth ? ParsedDocumentJson.toNode(new ParsedDocument(document.fileName(),
                gbk ? GBK_AS_READ : "UTF-8", document.layout().code(), document.forms(), List.of(), null)) : null;
        return new Written(file, document.forms().size(), describe(document, gbk, sha256(bytes)), truth);
    }

    private static byte[] encodeGbk(String contents, String fileName) {
        try {
            ByteBuffer bytes = GBK.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(contents));
            byte[] array = new byte[bytes.remaining()];
            bytes.get(array);
            return array;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(fileName + ": a character GBK cannot encode", e);
        }
    }

    private static List<Document> documentsOf(Agency agency, int regionIndex, int year, AmountUnit amounts,
                                              Random random, boolean shapes) {
        List<String> projects = projects(agency, random);
        List<Document> documents = new ArrayList<>();
        String stem = FILE_PREFIX + agency.region().code() + "_u" + (agency.index() < 9 ? "0" : "") + (agency.index() + 1)
                + "_" + year;

        DocumentShape shape = shapes ? shape(random) : null;
        SheetLayout layout = shape != null && shape.needsPipeRows() ? SheetLayout.PIPE_ROWS
                : SheetLayout.values()[(regionIndex + agency.index()) % 3];
        DocumentText text = new DocumentText();
        SelfEvaluationWriter selfEvaluations = new SelfEvaluationWriter(layout, amounts, random,
                shape == null || !shape.needsPipeRows());
        List<Form> forms = new ArrayList<>();
        for (String project : projects) {
            forms.add(selfEvaluations.write(text, agency, project, year));
        }
        documents.add(new Document(stem + "_self_evaluation.txt", layout, shape, agency, year,
                shaped(text, shape, forms, random), amounts, forms));

        int targets = agency.index() % 3;
        if (targets < 2) {
            DocumentShape targetShape = shapes ? shape(random) : null;
            SheetLayout targetLayout = (regionIndex + agency.index()) % 2 == 0
                    && (targetShape == null || !targetShape.needsPipeRows()) ? SheetLayout.TAB_ROWS
                    : SheetLayout.PIPE_ROWS;
            DocumentText targetText = new DocumentText();
            TargetTableWriter writer = new TargetTableWriter(targetLayout, amounts, random);
            List<Form> targetForms = new ArrayList<>();
            if (targets == 0) {
                targetForms.add(writer.writeDepartment(targetText, agency, projects, year));
            }
            for (String project : projects.subList(0, targets == 0 ? projects.size() : Math.min(2, projects.size()))) {
                targetForms.add(writer.writeProject(targetText, agency, project, year));
            }
            documents.add(new Document(stem + "_targets.txt", targetLayout, targetShape, agency, year,
                    shaped(targetText, targetShape, targetForms, random), amounts, targetForms));
        }
        return documents;
    }

    /** One document in seven keeps its table; the others take a shape each, evenly. */
    private static DocumentShape shape(Random random) {
        int pick = random.nextInt(DocumentShape.values().length + 1);
        return pick == 0 ? null : DocumentShape.values()[pick - 1];
    }

    /** The text in its shape, made after the forms' truth was taken from the rows written. */
    private static String shaped(DocumentText text, DocumentShape shape, List<Form> forms, Random random) {
        if (shape == null) {
            return text.toString();
        }
        List<int[]> lines = forms.stream().map(form -> new int[] {form.firstLine(), form.lastLine()}).toList();
        return shape.apply(text.toString(), lines, random);
    }

    /** The unit's recurring projects every year, and some of its others. */
    private static List<String> projects(Agency agency, Random random) {
        List<String> all = agency.kind().projects();
        List<String> projects = new ArrayList<>(all.subList(0, 2));
        for (String project : all.subList(2, all.size())) {
            if (random.nextDouble() < 0.5) {
                projects.add(project);
            }
        }
        return projects;
    }

    private static long mix(long seed, String region, int unit, int year) {
        long h = seed * 0x9E3779B97F4A7C15L;
        h = 31 * h + region.hashCode();
        h = 31 * h + unit;
        return 31 * h + year;
    }

    private static ObjectNode describe(Document document, boolean gbk, String sha256) {
        ObjectNode file = NODES.objectNode();
        file.put("file", DOCUMENTS + "/" + document.fileName());
        file.put("synthetic", true);
        file.put("layout", document.layout().code());
        if (document.shape() != null) {
            file.put("shape", document.shape().code());
        }
        file.put("region", document.agency().region().name());
        file.put("unit", document.agency().unit(document.year()));
        file.put("year", document.year());
        ArrayNode kinds = file.putArray("kinds");
        document.forms().stream().map(form -> form.kind().code()).distinct().forEach(kinds::add);
        file.put("forms", document.forms().size());
        file.put("encoding", gbk ? "GBK" : "UTF-8");
        file.put("lineEnds", gbk ? "CRLF" : "LF");
        file.put("amountUnit", document.amounts().code());
        file.put("sha256", sha256);
        return file;
    }

    /**
     * The units renamed within the corpus's years, each with its old name, its new one and the first year of the
     * new: the truth an agency register ({@code jixiao agencies}) must find.
     */
    private static ArrayNode renames(CorpusOptions options) {
        ArrayNode renames = NODES.arrayNode();
        for (int r = 0; r < options.regions(); r++) {
            RegionCatalog.Region region = RegionCatalog.REGIONS.get(r);
            for (int u = 0; u < options.units(); u++) {
                RegionCatalog.UnitKind kind = RegionCatalog.UNITS.get(u);
                if (kind.unitBefore() != null && options.firstYear() < kind.renamedIn()
                        && kind.renamedIn() <= options.lastYear()) {
                    renames.addObject().put("from", RegionCatalog.unit(region, kind, kind.renamedIn() - 1))
                            .put("to", RegionCatalog.unit(region, kind, kind.renamedIn()))
                            .put("year", kind.renamedIn());
                }
            }
        }
        return renames;
    }

    private static ObjectNode options(CorpusOptions options) {
        ObjectNode node = NODES.objectNode();
        node.put("regions", options.regions());
        node.put("units", options.units());
        node.put("years", options.firstYear() + "-" + options.lastYear());
        node.put("seed", options.seed());
        if (options.shapes()) {
            node.put("shapes", true);
        }
        return node;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The truth written beside a corpus: each document as the parser should read it. */
    public static List<ParsedDocument> readTruth(Path corpus) {
        try {
            var root = JSON.readTree(Files.readString(corpus.resolve(TRUTH)));
            List<ParsedDocument> documents = new ArrayList<>();
            for (var document : root.path("documents")) {
                documents.add(ParsedDocumentJson.read(JSON.writeValueAsString(document)));
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + corpus.resolve(TRUTH), e);
        }
    }
}
