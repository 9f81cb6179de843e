package doorstep.people.matching;

import doorstep.people.synthetic.Mention;
import doorstep.people.synthetic.MentionStream;
import doorstep.people.synthetic.SyntheticPerson;
import doorstep.people.synthetic.SyntheticPopulation;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Blocking keys against 100,000 known people: candidate sets stay small and almost always hold the true person. */
class BlockingAtScaleTest {

    @Test
    void candidateSetsStaySmallAndHoldTheTruePersonAt100kPeople() {
        SyntheticPopulation population = SyntheticPopulation.generate(31, 100_000);
        InMemoryPersonIndex index = new InMemoryPersonIndex();
        Map<String, String> indexIdOfTruth = new HashMap<>();
        for (SyntheticPerson person : population.people()) {
            indexIdOfTruth.put(person.personId(), index.addPerson(new PersonRecord(person.givenName(),
                    person.familyName(), person.dateOfBirth(), person.sex(), population.postcodeOf(person))));
        }
        List<Mention> mentions = MentionStream.generate(population, 32, 5_000);
        int[] counts = new int[mentions.size()];
        int found = 0;
        for (int i = 0; i < mentions.size(); i++) {
            var candidates = index.candidates(BlockingKeys.lookup(mentions.get(i).record()));
            counts[i] = candidates.size();
            String truth = indexIdOfTruth.get(mentions.get(i).truePersonId());
            found += candidates.stream().anyMatch(c -> c.personId().equals(truth)) ? 1 : 0;
        }
        CandidateCounts summary = CandidateCounts.of(counts);
        double blockingRecall = (double) found / mentions.size();
        System.out.printf(Locale.ROOT, "Blocking at 100k people: candidates %s; true person among candidates %.4f%n",
                summary, blockingRecall);
        assertTrue(blockingRecall >= 0.99, "blocking recall " + blockingRecall);
        assertTrue(summary.p99() <= 500, "p99 candidates " + summary.p99());
    }
}
