package doorstep.people.synthetic;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes mentions in the CLI's input format, {@code mention_id,given_name,surname,dob,postcode,sex},
 * with the true person id as an extra column for {@code --truth}.
 */
public final class MentionsCsv {

    private MentionsCsv() {
    }

    public static void write(List<Mention> mentions, String truthColumn, Writer out) throws IOException {
        out.write("mention_id,given_name,surname,dob,postcode,sex," + truthColumn + "\n");
        for (Mention mention : mentions) {
            var r = mention.record();
            out.write(String.join(",", mention.mentionId(), field(r.givenName()), field(r.familyName()),
                    r.dateOfBirth() == null ? "" : r.dateOfBirth().toString(), field(r.postcode()),
                    r.sex() == null ? "" : r.sex().name().toLowerCase(java.util.Locale.ROOT), mention.truePersonId()));
            out.write("\n");
        }
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
