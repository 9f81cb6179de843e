package doorstep.people;

import doorstep.people.matching.PersonRecord;
import doorstep.people.matching.Sex;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a mentions file ({@code mention_id,given_name,surname,dob,postcode,sex}; other columns
 * ignored) and refuses it whole, naming the line and column, if any row is unusable.
 * Messages never repeat a value: the file holds people's names.
 */
final class FileMentions {

    static final List<String> REQUIRED = List.of("mention_id", "given_name", "surname", "dob", "postcode", "sex");

    record Row(long line, String mentionId, PersonRecord record, String truth) {
    }

    private FileMentions() {
    }

    static List<Row> read(Path file, String truthColumn) throws IOException, BadFile {
        try (Reader reader = Files.newBufferedReader(file)) {
            var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(reader);
            List<String> header = parser.getHeaderNames();
            for (String column : REQUIRED) {
                if (!header.contains(column)) {
                    throw new BadFile("the header has no column " + column + "; it needs " + String.join(",", REQUIRED));
                }
            }
            if (truthColumn != null && !header.contains(truthColumn)) {
                throw new BadFile("the header has no truth column " + truthColumn);
            }
            List<Row> rows = new ArrayList<>();
            Set<String> ids = new java.util.HashSet<>();
            for (CSVRecord csv : parser) {
                Row row = row(csv, truthColumn);
                if (!ids.add(row.mentionId())) {
                    throw new BadFile("line " + row.line() + ": mention_id is used on an earlier line too");
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private static Row row(CSVRecord csv, String truthColumn) throws BadFile {
        long line = csv.getRecordNumber() + 1;
        if (!csv.isConsistent()) {
            throw new BadFile("line " + line + " has " + csv.size() + " fields, not one per column");
        }
        String mentionId = csv.get("mention_id");
        if (mentionId.isEmpty() || mentionId.length() > 64) {
            throw new BadFile("line " + line + ": mention_id must be 1 to 64 characters");
        }
        String given = csv.get("given_name");
        String family = csv.get("surname");
        if (given.isEmpty() && family.isEmpty()) {
            throw new BadFile("line " + line + ": given_name and surname are both empty");
        }
        String truth = truthColumn == null ? null : csv.get(truthColumn);
        return new Row(line, mentionId, new PersonRecord(given, family, date(csv.get("dob"), line),
                sex(csv.get("sex"), line), csv.get("postcode").isEmpty() ? null : csv.get("postcode")), truth);
    }

    private static LocalDate date(String text, long line) throws BadFile {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadFile("line " + line + ": dob must be yyyy-mm-dd or empty");
        }
    }

    private static Sex sex(String text, long line) throws BadFile {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "" , "u", "unknown" -> null;
            case "f", "female" -> Sex.FEMALE;
            case "m", "male" -> Sex.MALE;
            default -> throw new BadFile("line " + line + ": sex must be f, m or empty");
        };
    }

    /** The file cannot be used as it stands; nothing has been resolved. */
    static final class BadFile extends Exception {
        BadFile(String message) {
            super(message);
        }
    }
}
