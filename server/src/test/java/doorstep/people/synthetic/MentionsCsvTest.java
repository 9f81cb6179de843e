package doorstep.people.synthetic;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MentionsCsvTest {

    @Test
    void writesTheCliColumnsWithTheTruthLast() throws IOException {
        List<Mention> mentions = MentionStream.generate(SyntheticPopulation.generate(1, 200), 2, 50);
        StringWriter out = new StringWriter();
        MentionsCsv.write(mentions, "person", out);
        String[] lines = out.toString().split("\n");
        assertEquals("mention_id,given_name,surname,dob,postcode,sex,person", lines[0]);
        assertEquals(51, lines.length);
        assertTrue(lines[1].startsWith("m1,"), lines[1]);
    }

    @Test
    void sameSeedGivesTheSameStream() {
        assertEquals(MentionStream.generate(SyntheticPopulation.generate(5, 500), 6, 100),
                MentionStream.generate(SyntheticPopulation.generate(5, 500), 6, 100));
    }
}
