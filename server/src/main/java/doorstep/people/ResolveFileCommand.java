package doorstep.people;

import doorstep.EmbeddedDatabase;
import io.micronaut.context.ApplicationContext;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * {@code ./doorstep people resolve --in mentions.csv --out resolved.csv [--truth COLUMN]}: resolves
 * every mention in file order, one at a time as captures arrive, through the server's own
 * resolution service and tables, on a fresh embedded database unless one is configured.
 */
public final class ResolveFileCommand {

    private static final String USAGE = "Usage: ./doorstep people resolve --in mentions.csv --out resolved.csv [--truth COLUMN]";
    private static final long PROGRESS_EVERY_MILLIS = 2_000;

    private final PrintStream out;

    ResolveFileCommand(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        if (args.length % 2 != 0 || !options.containsKey("--in") || !options.containsKey("--out")
                || !options.keySet().stream().allMatch(List.of("--in", "--out", "--truth")::contains)) {
            System.err.println(USAGE);
            System.exit(2);
        }
        try {
            new ResolveFileCommand(System.out).run(Path.of(options.get("--in")), Path.of(options.get("--out")),
                    options.get("--truth"));
        } catch (FileMentions.BadFile e) {
            System.err.println("people resolve: " + options.get("--in") + ": " + e.getMessage() + "; nothing was resolved.");
            System.exit(2);
        } catch (IOException e) {
            System.err.println("people resolve: " + e.getMessage());
            System.exit(1);
        }
        System.exit(0);
    }

    void run(Path in, Path target, String truthColumn) throws IOException, FileMentions.BadFile {
        if (!Files.isReadable(in)) {
            throw new IOException("cannot read " + in);
        }
        List<FileMentions.Row> rows = FileMentions.read(in, truthColumn);
        Path home = Files.createDirectories(Path.of(System.getProperty("doorstep.home", ".doorstep")))
                .resolve("resolve-" + System.currentTimeMillis());
        EmbeddedDatabase database = null;
        Map<String, Object> properties = new HashMap<>();
        try {
            if (!EmbeddedDatabase.datasourceConfigured()) {
                database = EmbeddedDatabase.start(home);
                properties.putAll(database.datasourceProperties("resolve"));
                properties.put("doorstep.crypto.master-key-file", home.resolve("master-keyset.json").toString());
                properties.put("doorstep.crypto.create-master-key-if-missing", true);
            }
            try (ApplicationContext context = ApplicationContext.builder().environments("cli").properties(properties).start()) {
                resolveAll(context.getBean(FileResolution.class), rows, target, truthColumn);
            }
        } finally {
            if (database != null) {
                database.close();
                deleteTree(home);
            }
        }
    }

    private void resolveAll(FileResolution resolution, List<FileMentions.Row> rows, Path target, String truthColumn)
            throws IOException {
        List<LinkageMetrics.Outcome> outcomes = new ArrayList<>();
        long started = System.currentTimeMillis();
        long lastProgress = started;
        try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                     .setHeader("mention_id", "person_id", "decision", "candidate_person_id", "weight").get())) {
            for (int i = 0; i < rows.size(); i++) {
                FileMentions.Row row = rows.get(i);
                ResolvedMention resolved = resolution.resolve(new MentionInput(
                        UUID.nameUUIDFromBytes(("file-mention|" + row.mentionId()).getBytes(StandardCharsets.UTF_8)),
                        "file", row.mentionId(), "mention", null, row.record()));
                csv.printRecord(row.mentionId(), resolved.personId(), resolved.decision().wireName(),
                        resolved.decision() == ResolutionDecision.REVIEW ? resolved.candidatePersonId() : "",
                        resolved.weight() == null ? "" : String.format(Locale.ROOT, "%.2f", resolved.weight()));
                if (truthColumn != null) {
                    outcomes.add(new LinkageMetrics.Outcome(resolved.personId().toString(), resolved.decision(),
                            String.valueOf(resolved.candidatePersonId()), row.truth()));
                }
                long now = System.currentTimeMillis();
                if (now - lastProgress >= PROGRESS_EVERY_MILLIS) {
                    lastProgress = now;
                    System.err.printf(Locale.ROOT, "people resolve: %,d of %,d mentions (%.0f a second)%n", i + 1,
                            rows.size(), (i + 1) * 1000.0 / (now - started));
                }
            }
        }
        out.printf(Locale.ROOT, "people resolve: %,d mentions resolved into %s in %.1f s%n", rows.size(), target,
                (System.currentTimeMillis() - started) / 1000.0);
        if (truthColumn != null) {
            out.println(LinkageMetrics.of(outcomes));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
