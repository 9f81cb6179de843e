package doorstep.people.matching;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CandidateRankingTest {

    @Test
    void aPersonSharingARareKeyOutranksACrowdSharingACommonOne() {
        Map<String, Set<String>> filed = new LinkedHashMap<>();
        filed.put("pc:B1 1AA", crowd("neighbour", 300));
        filed.put("hs:12|high street", Set.of("father", "son"));
        filed.get("pc:B1 1AA").addAll(Set.of("father", "son"));

        List<String> strongest = CandidateRanking.strongest(filed, 5);

        assertEquals(List.of("father", "son"), strongest.subList(0, 2));
        assertEquals(5, strongest.size());
    }

    @Test
    void sharingMoreKeysRanksHigher() {
        Map<String, Set<String>> filed = Map.of(
                "dob:1990-01-02", Set.of("same person", "born that day"),
                "dob:1990-02-01", Set.of("same person", "born the swapped day"),
                "nmy:AMR|KN|1990", Set.of("same person", "namesake"));

        assertEquals("same person", CandidateRanking.strongest(filed, 1).get(0));
    }

    @Test
    void tiesAreBrokenTheSameWayEveryTime() {
        Map<String, Set<String>> filed = Map.of("pc:B1 1AA", crowd("neighbour", 50));

        List<String> first = CandidateRanking.strongest(filed, 10);

        assertEquals(first, CandidateRanking.strongest(Map.of("pc:B1 1AA", crowd("neighbour", 50)), 10));
        assertEquals(first, first.stream().sorted().toList());
    }

    @Test
    void everyoneIsKeptWhenTheLimitAllows() {
        Map<String, Set<String>> filed = Map.of("a", Set.of("p1", "p2"), "b", Set.of("p2", "p3"));

        assertEquals(Set.of("p1", "p2", "p3"), Set.copyOf(CandidateRanking.strongest(filed, 100)));
        assertTrue(CandidateRanking.strongest(Map.<String, Set<String>>of(), 100).isEmpty());
    }

    private static Set<String> crowd(String prefix, int size) {
        return IntStream.range(0, size).mapToObj(i -> String.format("%s-%03d", prefix, i))
                .collect(Collectors.toCollection(java.util.HashSet::new));
    }
}
