package doorstep.simulator;

import doorstep.device.api.model.Adult;
import doorstep.device.api.model.Child;
import doorstep.device.api.model.ChildVoice;
import doorstep.device.api.model.DomesticAbuseIncident;
import doorstep.device.api.model.PersonName;
import doorstep.device.api.model.Place;
import doorstep.device.api.model.RiskAnswer;
import doorstep.device.api.model.RiskAnswers;
import doorstep.device.api.model.Sex;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Made-up domestic abuse incidents, complete enough to pass the app's own checks. */
public final class IncidentGenerator {

    private static final List<String> WORDS = List.of(
            "I stayed in my room with the music on", "Mum was crying and Dad was shouting",
            "I want it to stop", "I rang Nan because I was scared", "He threw the phone at the wall");

    private final Random random;
    /** Sex and NHS numbers come from a stream of their own, so the incidents of a seed stay those of earlier versions. */
    private final Random details;
    private final Clock clock;

    public IncidentGenerator(long seed, Clock clock) {
        this.random = new Random(seed);
        this.details = new Random(seed * 31 + 7);
        this.clock = clock;
    }

    public DomesticAbuseIncident next() {
        String family = pick(MadeUpPeople.FAMILY);
        List<Child> children = new ArrayList<>();
        int childCount = 1 + random.nextInt(3);
        for (int i = 0; i < childCount; i++) {
            children.add(child(family));
        }
        List<RiskAnswer> answers = new ArrayList<>();
        double yesChance = random.nextDouble();
        for (int q = 1; q <= 24; q++) {
            answers.add(new RiskAnswer().questionId("dash-q" + q)
                    .answer(random.nextDouble() < yesChance ? RiskAnswer.AnswerEnum.YES : RiskAnswer.AnswerEnum.NO));
        }
        return new DomesticAbuseIncident()
                .schemaVersion(1)
                .occurredAt(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).minusMinutes(random.nextInt(120)))
                .place(new Place().addressLine((1 + random.nextInt(200)) + " Station Road").town("Solihull")
                        .postcode("B9" + random.nextInt(10) + " " + random.nextInt(10) + "AB"))
                .narrative("Call from a neighbour about shouting. Officers attended and spoke to those present.")
                .adults(List.of(
                        new Adult().mentionId(UUID.randomUUID()).name(name(family)).role(Adult.RoleEnum.VICTIM),
                        new Adult().mentionId(UUID.randomUUID()).name(name(family)).role(Adult.RoleEnum.SUSPECT)
                                .dateOfBirth(LocalDate.now(clock).minusYears(25 + random.nextInt(20)))))
                .children(children)
                .risk(new RiskAnswers().checklistId("safelives-dash").checklistVersion("2009").answers(answers)
                        .professionalJudgementHigh(false));
    }

    private Child child(String family) {
        ChildVoice voice = random.nextInt(5) == 0
                ? new ChildVoice().seen(true).spokenTo(false).notSpokenToReason("Asleep; too young to speak to at night")
                : new ChildVoice().seen(true).spokenTo(true).spokenToAlone(random.nextBoolean()).ownWords(pick(WORDS))
                .demeanour("Quiet, watchful").wishesAndFeelings("Wants to stay at home with Mum")
                .feelsSafeWith("Nan");
        return new Child().mentionId(UUID.randomUUID()).name(name(family))
                .dateOfBirth(LocalDate.now(clock).minusDays(random.nextInt(17 * 365)))
                .sex(details.nextBoolean() ? Sex.FEMALE : Sex.MALE)
                .nhsNumber(details.nextInt(3) == 0 ? madeUpNhsNumber(details) : null)
                .presence(Child.PresenceEnum.PRESENT).voice(voice);
    }

    /** A made-up number that passes the NHS number's check, written as a child's red book shows it. */
    public static String madeUpNhsNumber(Random random) {
        return MadeUpPeople.nhsNumber(random);
    }

    private PersonName name(String family) {
        return new PersonName().givenName(pick(MadeUpPeople.GIVEN)).familyName(family);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
