package doorstep.device.testing;

import doorstep.device.api.model.Adult;
import doorstep.device.api.model.Child;
import doorstep.device.api.model.ChildVoice;
import doorstep.device.api.model.DomesticAbuseIncident;
import doorstep.device.api.model.PersonName;
import doorstep.device.api.model.Place;
import doorstep.device.api.model.RiskAnswer;
import doorstep.device.api.model.RiskAnswers;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A complete, made-up incident that tests change one thing at a time. */
public final class Incidents {

    public static final OffsetDateTime OCCURRED_AT = OffsetDateTime.of(2025, 3, 14, 1, 30, 0, 0, ZoneOffset.UTC);

    private Incidents() {
    }

    public static DomesticAbuseIncident complete() {
        return new DomesticAbuseIncident()
                .schemaVersion(1)
                .occurredAt(OCCURRED_AT)
                .place(new Place().town("Exampleton").postcode("EX1 1AA"))
                .narrative("Neighbour called police after hearing shouting.")
                .adults(new ArrayList<>(List.of(new Adult()
                        .mentionId(UUID.randomUUID())
                        .name(new PersonName().givenName("Sam").familyName("Example"))
                        .role(Adult.RoleEnum.SUSPECT))))
                .children(new ArrayList<>(List.of(child("Amy"))))
                .risk(new RiskAnswers()
                        .checklistId("dash")
                        .checklistVersion("2009")
                        .answers(new ArrayList<>(List.of(new RiskAnswer().questionId("q1").answer(RiskAnswer.AnswerEnum.NOT_KNOWN))))
                        .professionalJudgementHigh(false));
    }

    public static Child child(String givenName) {
        return new Child()
                .mentionId(UUID.randomUUID())
                .name(new PersonName().givenName(givenName).familyName("Example"))
                .dateOfBirth(LocalDate.of(2017, 6, 5))
                .presence(Child.PresenceEnum.PRESENT)
                .voice(new ChildVoice().seen(true).spokenTo(true).spokenToAlone(true)
                        .ownWords("Daddy was shouting and I hid upstairs."));
    }
}
