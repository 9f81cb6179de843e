package doorstep.simulator;

import doorstep.device.api.MashApi;
import doorstep.device.api.client.ApiClient;
import doorstep.device.sync.PushLimits;
import okhttp3.OkHttpClient;
import doorstep.device.api.client.ApiException;
import doorstep.device.api.model.ActionRequest;
import doorstep.device.api.model.ContactState;
import doorstep.device.api.model.ContactSummary;
import doorstep.device.api.model.DecisionRequest;
import doorstep.device.api.model.Outcome;
import doorstep.device.api.model.Rag;
import doorstep.device.api.model.StrategyDiscussion;
import doorstep.device.sync.TokenSource;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A MASH triager in the office: works through the queue and decides the run's contacts. */
final class Triager {

    private static final int PAGE = 500;

    private final MashApi mash;
    private final TokenSource tokens;

    Triager(String server, TokenSource tokens) {
        // A queue of thousands under load takes longer than OkHttp's default 10 s to list.
        ApiClient client = new ApiClient(PushLimits.timeouts(new OkHttpClient.Builder()).build());
        client.setBasePath(server);
        this.mash = new MashApi(client);
        this.tokens = tokens;
    }

    /** Decides every queued contact that came from {@code ours}, noting each one in the tally once seen. */
    void decide(Set<UUID> ours, RunTally tally) throws IOException, ApiException {
        mash.getApiClient().setBearerToken(tokens.idToken());
        List<ContactSummary> queued = ourQueued(ours);
        queued.forEach(contact -> tally.queued(contact.getSubmissionId()));
        for (ContactSummary contact : queued) {
            mash.claimContact(contact.getContactId());
            mash.decideContact(contact.getContactId(), decisionFor(contact.getRag()));
        }
    }

    private List<ContactSummary> ourQueued(Set<UUID> ours) throws ApiException {
        return mash.listContacts(ContactState.QUEUED, PAGE).getContacts().stream()
                .filter(c -> ours.contains(c.getSubmissionId()))
                .toList();
    }

    /** A decision the server accepts: these outcomes each start work, so each carries an owned action. */
    private static DecisionRequest decisionFor(Rag rag) {
        DecisionRequest decision = new DecisionRequest().outcome(outcomeFor(rag))
                .rationale("Simulated triage decision on the information in the contact.")
                .addActionsItem(new ActionRequest().what("Simulated follow-up by children's social care.")
                        .ownerAgency("social-care").dueOn(LocalDate.now(ZoneId.of("Europe/London")).plusDays(5)));
        if (rag == Rag.RED) {
            List<String> partners = List.of("police", "health", "education", "social-care");
            decision.strategyDiscussion(new StrategyDiscussion().invited(partners).attended(partners));
        }
        return decision;
    }

    private static Outcome outcomeFor(Rag rag) {
        return switch (rag) {
            case RED -> Outcome.SECTION_47_STRATEGY_DISCUSSION;
            case AMBER -> Outcome.SECTION_17_ASSESSMENT;
            case GREEN -> Outcome.EARLY_HELP;
            case UNKNOWN_DEFAULT_OPEN_API -> throw new IllegalStateException("A contact rated as this simulator cannot know");
        };
    }
}
