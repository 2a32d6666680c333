package io.jixiao.jobs.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jixiao.jobs.read.ParsedDocumentJson;
import io.jixiao.schema.model.Form;
import io.jixiao.schema.model.ParsedDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic corpus: for every region, unit and year one file of project self-evaluations, and for two
 * units in three one file of target tables (a department's with its projects', or projects' only). Layouts vary by
 * unit: tab rows, one cell per line, pipe rows. The documents go to {@code documents/} (so that the folder can be
 * ingested as it is), beside it {@code MANIFEST.json} (every file, marked synthetic) and {@code truth.json} (every
 * form as the parser should read it, in the parser's JSON shape).
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

    /** What was written: the corpus folder, its document files and the number of forms in them. */
    public record Corpus(Path directory, List<Path> documents, int forms) {

        /** The folder that holds the documents only: the one to ingest. */
        public Path documentsDirectory() {
            return directory.resolve(DOCUMENTS);
        }
    }

    private record Document(String fileName, SheetLayout layout, Agency agency, int year, String contents,
                            List<Form> forms) {
    }

    public Corpus generate(Path out, CorpusOptions options) {
        List<Document> documents = new ArrayList<>();
        for (int r = 0; r < options.regions(); r++) {
            RegionCatalog.Region region = RegionCatalog.REGIONS.get(r);
            for (int u = 0; u < options.units(); u++) {
                Random agencyRandom = new Random(mix(options.seed(), region.code(), u, 0));
                Agency agency = Agency.of(region, RegionCatalog.UNITS.get(u), u, options.firstYear(), agencyRandom);
                for (int year = options.firstYear(); year <= options.lastYear(); year++) {
                    documents.addAll(documentsOf(agency, r, year, new Random(mix(options.seed(), region.code(), u, year))));
                }
            }
        }
        try {
            Path folder = Files.createDirectories(out.resolve(DOCUMENTS));
            List<Path> written = new ArrayList<>();
            for (Document document : documents) {
                Path file = folder.resolve(document.fileName());
                Files.writeString(file, document.contents(), StandardCharsets.UTF_8);
                written.add(file);
            }
            Files.writeString(out.resolve(MANIFEST), manifest(documents, options), StandardCharsets.UTF_8);
            Files.writeString(out.resolve(TRUTH), truth(documents, options), StandardCharsets.UTF_8);
            return new Corpus(out, written, documents.stream().mapToInt(d -> d.forms().size()).sum());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus under " + out, e);
        }
    }

    private static List<Document> documentsOf(Agency agency, int regionIndex, int year, Random random) {
        List<String> projects = projects(agency, random);
        List<Document> documents = new ArrayList<>();
        String stem = FILE_PREFIX + agency.region().code() + "_u" + String.format("%02d", agency.index() + 1) + "_" + year;

        SheetLayout layout = SheetLayout.values()[(regionIndex + agency.index()) % 3];
        DocumentText text = new DocumentText();
        SelfEvaluationWriter selfEvaluations = new SelfEvaluationWriter(layout, random);
        List<Form> forms = new ArrayList<>();
        for (String project : projects) {
            forms.add(selfEvaluations.write(text, agency, project, year));
        }
        documents.add(new Document(stem + "_self_evaluation.txt", layout, agency, year, text.toString(), forms));

        int targets = agency.index() % 3;
        if (targets < 2) {
            SheetLayout targetLayout = (regionIndex + agency.index()) % 2 == 0 ? SheetLayout.TAB_ROWS
                    : SheetLayout.PIPE_ROWS;
            DocumentText targetText = new DocumentText();
            TargetTableWriter writer = new TargetTableWriter(targetLayout, random);
            List<Form> targetForms = new ArrayList<>();
            if (targets == 0) {
                targetForms.add(writer.writeDepartment(targetText, agency, projects, year));
            }
            for (String project : projects.subList(0, targets == 0 ? projects.size() : Math.min(2, projects.size()))) {
                targetForms.add(writer.writeProject(targetText, agency, project, year));
            }
            documents.add(new Document(stem + "_targets.txt", targetLayout, agency, year, targetText.toString(),
                    targetForms));
        }
        return documents;
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

    private static String manifest(List<Document> documents, CorpusOptions options) throws IOException {
        ObjectNode root = NODES.objectNode();
        root.put("synthetic", true);
        root.put("note", "Made-up documents written by `jixiao generate`; no figure in them is real.");
        root.set("options", options(options));
        ArrayNode files = root.putArray("files");
        for (Document document : documents) {
            byte[] bytes = document.contents().getBytes(StandardCharsets.UTF_8);
            ObjectNode file = files.addObject();
            file.put("file", DOCUMENTS + "/" + document.fileName());
            file.put("synthetic", true);
            file.put("layout", document.layout().code());
            file.put("region", document.agency().region().name());
            file.put("unit", document.agency().unit(document.year()));
            file.put("year", document.year());
            ArrayNode kinds = file.putArray("kinds");
            document.forms().stream().map(Form::kind).distinct().forEach(kinds::add);
            file.put("forms", document.forms().size());
            file.put("sha256", sha256(bytes));
        }
        return JSON.writeValueAsString(root) + "\n";
    }

    private static String truth(List<Document> documents, CorpusOptions options) throws IOException {
        ObjectNode root = NODES.objectNode();
        root.put("synthetic", true);
        root.set("options", options(options));
        ArrayNode truth = root.putArray("documents");
        for (Document document : documents) {
            truth.add(ParsedDocumentJson.toNode(new ParsedDocument(document.fileName(), "UTF-8",
                    document.layout().code(), document.forms(), List.of(), null)));
        }
        return JSON.writeValueAsString(root) + "\n";
    }

    private static ObjectNode options(CorpusOptions options) {
        ObjectNode node = NODES.objectNode();
        node.put("regions", options.regions());
        node.put("units", options.units());
        node.put("years", options.firstYear() + "-" + options.lastYear());
        node.put("seed", options.seed());
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
