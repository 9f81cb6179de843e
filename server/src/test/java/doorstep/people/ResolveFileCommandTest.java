package doorstep.people;

import doorstep.people.synthetic.MentionStream;
import doorstep.people.synthetic.MentionsCsv;
import doorstep.people.synthetic.SyntheticPopulation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ./doorstep people resolve}: a file of mentions through the server's own resolution, on a fresh database. */
class ResolveFileCommandTest {

    @TempDir
    Path folder;

    @Test
    void resolvesEveryMentionInFileOrderAndReportsQualityAgainstTheTruthColumn() throws Exception {
        Path in = folder.resolve("mentions.csv");
        try (Writer writer = Files.newBufferedWriter(in)) {
            MentionsCsv.write(MentionStream.generate(SyntheticPopulation.generate(3, 300), 4, 400), "person", writer);
        }
        Path out = folder.resolve("resolved.csv");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setProperty("doorstep.home", folder.resolve("home").toString());

        new ResolveFileCommand(new PrintStream(printed, true, StandardCharsets.UTF_8)).run(in, out, "person");

        List<CSVRecord> rows = read(out);
        assertEquals(400, rows.size());
        assertEquals("m1", rows.get(0).get("mention_id"));
        assertEquals("new", rows.get(0).get("decision"), "the first mention has no one to match");
        assertTrue(rows.stream().anyMatch(r -> r.get("decision").equals("linked")));
        rows.stream().filter(r -> r.get("decision").equals("review"))
                .forEach(r -> assertFalse(r.get("candidate_person_id").isEmpty(), "a review names its candidate"));
        String report = printed.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("mentions=400 precision="), report);
        assertFalse(Files.exists(folder.resolve("home")) && Files.list(folder.resolve("home")).findAny().isPresent(),
                "the fresh database is removed afterwards");
    }

    @Test
    void fileWithoutARequiredColumnIsRefusedNamingItAndNothingIsWritten() throws IOException {
        Path in = folder.resolve("mentions.csv");
        Files.writeString(in, "mention_id,given_name,surname,dob,sex\nm1,Amy,Khan,2015-01-02,f\n");
        Path out = folder.resolve("resolved.csv");

        FileMentions.BadFile refusal = assertThrows(FileMentions.BadFile.class,
                () -> new ResolveFileCommand(System.out).run(in, out, null));

        assertTrue(refusal.getMessage().contains("no column postcode"), refusal.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void badDateOfBirthIsRefusedByLineWithoutRepeatingTheValue() throws IOException {
        Path in = folder.resolve("mentions.csv");
        Files.writeString(in, "mention_id,given_name,surname,dob,postcode,sex\nm1,Amy,Khan,2015-01-02,B1 1AA,f\n"
                + "m2,Ben,Khan,31/12/2014,B1 1AA,m\n");

        FileMentions.BadFile refusal = assertThrows(FileMentions.BadFile.class, () -> FileMentions.read(in, null));

        assertEquals("line 3: dob must be yyyy-mm-dd or empty", refusal.getMessage());
    }

    @Test
    void repeatedMentionIdIsRefused() throws IOException {
        Path in = folder.resolve("mentions.csv");
        Files.writeString(in, "mention_id,given_name,surname,dob,postcode,sex\nm1,Amy,Khan,,,\nm1,Ben,Khan,,,\n");

        FileMentions.BadFile refusal = assertThrows(FileMentions.BadFile.class, () -> FileMentions.read(in, null));

        assertEquals("line 3: mention_id is used on an earlier line too", refusal.getMessage());
    }

    @Test
    void truthColumnThatIsNotInTheFileIsRefused() throws IOException {
        Path in = folder.resolve("mentions.csv");
        Files.writeString(in, "mention_id,given_name,surname,dob,postcode,sex\nm1,Amy,Khan,,,\n");

        FileMentions.BadFile refusal = assertThrows(FileMentions.BadFile.class, () -> FileMentions.read(in, "person"));

        assertEquals("the header has no truth column person", refusal.getMessage());
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
