package doorstep.testing;

import doorstep.api.model.Adult;
import doorstep.api.model.AdultRole;
import doorstep.api.model.Child;
import doorstep.api.model.ChildPresence;
import doorstep.api.model.ChildVoice;
import doorstep.api.model.DomesticAbuseIncident;
import doorstep.api.model.PersonName;
import doorstep.api.model.Place;
import doorstep.api.model.RiskAnswer;
import doorstep.api.model.RiskAnswerAnswer;
import doorstep.api.model.RiskAnswers;
import doorstep.api.model.Submission;
import doorstep.device.crypto.SubmissionSealer;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** Domestic abuse captures for tests, and sealing them as a device would. */
public final class Captures {

    public static final String CHILD_WORDS = "Daddy shouted and I hid under the stairs with Teddy";
    private static final JsonMapper JSON = JsonMapper.createDefault();

    private Captures() {
    }

    /** An incident with one child who was seen and spoken to alone, and the given number of DASH yes answers. */
    public static DomesticAbuseIncident incident(String childGivenName, LocalDate childDob, int dashYes) {
        List<RiskAnswer> answers = new ArrayList<>();
        IntStream.rangeClosed(1, 24).forEach(q -> answers.add(new RiskAnswer("dash-q" + q,
                q <= dashYes ? RiskAnswerAnswer.YES : RiskAnswerAnswer.NO)));
        Child child = new Child(UUID.randomUUID(), new PersonName(childGivenName, "Smith"), ChildPresence.PRESENT,
                new ChildVoice(true, true).spokenToAlone(true).ownWords(CHILD_WORDS)
                        .demeanour("Quiet, holding a teddy").wishesAndFeelings("Wants Mummy to be safe")
                        .feelsSafeWith("Nan"))
                .dateOfBirth(childDob);
        Adult victim = new Adult(UUID.randomUUID(), new PersonName("Jane", "Smith"), AdultRole.VICTIM);
        Adult suspect = new Adult(UUID.randomUUID(), new PersonName("John", "Smith"), AdultRole.SUSPECT)
                .dateOfBirth(LocalDate.of(1985, 3, 2));
        return new DomesticAbuseIncident(1, OffsetDateTime.now(ZoneOffset.UTC).minusHours(1),
                new Place().addressLine("12 Acacia Avenue").town("Solihull").postcode("B91 1AA"),
                "Neighbour called police after hearing shouting.", List.of(victim, suspect), List.of(child),
                new RiskAnswers("safelives-dash", "2009", answers, false)).kind("domestic-abuse-incident");
    }

    /**
     * An incident about the family {@code family} names, which no other family shares: its own
     * surname, given names, dates of birth and address, derived from the name, so people resolve it
     * to the same people each time it is sent and to nobody else's (no other test's repeat contacts
     * or risk markers reach it). Fresh mention ids each time.
     */
    public static DomesticAbuseIncident incidentAbout(String family, LocalDate childBorn, int dashYes) {
        DomesticAbuseIncident incident = incident(word(family, "child"), childBorn, dashYes);
        int seed = Math.floorMod(family.hashCode(), 9000);
        incident.getPlace().addressLine((seed + 1) + " " + word(family, "street") + " Road");
        incident.getChildren().forEach(child -> child.getName().familyName(word(family, "surname")));
        incident.getAdults().forEach(adult -> adult.getName()
                .givenName(word(family, adult.getRole().getValue())).familyName(word(family, "surname")));
        incident.getAdults().get(1).dateOfBirth(LocalDate.of(1960, 1, 1).plusDays(seed));
        return incident;
    }

    /** A made-up name word for a part of a family: letters only, the same for the same family and part. */
    private static String word(String family, String part) {
        StringBuilder letters = new StringBuilder();
        long bits = UUID.nameUUIDFromBytes((family + "|" + part).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .getMostSignificantBits();
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + Math.floorMod(bits >> (i * 5), 26)));
        }
        return Character.toUpperCase(letters.charAt(0)) + letters.substring(1);
    }

    public static DomesticAbuseIncident incident() {
        return incident("Amy", LocalDate.now().minusYears(6), 3);
    }

    public static byte[] json(Object capture) {
        try {
            return JSON.writeValueAsBytes(capture);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Seals as the phone does, with the device core's own sealer. */
    public static byte[] seal(byte[] plaintext, String publicKeyset, UUID submissionId, UUID deviceId) {
        try {
            return SubmissionSealer.forIntakeKey(publicKeyset).seal(plaintext, submissionId, deviceId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Submission sealed(Object capture, String publicKeyset, UUID submissionId, UUID deviceId) {
        return new Submission(submissionId, "domestic-abuse-incident", OffsetDateTime.now(ZoneOffset.UTC),
                seal(json(capture), publicKeyset, submissionId, deviceId));
    }
}
