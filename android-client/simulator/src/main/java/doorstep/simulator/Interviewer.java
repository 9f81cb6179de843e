package doorstep.simulator;

import doorstep.device.api.ReferenceApi;
import doorstep.device.api.ReturnHomeApi;
import doorstep.device.api.client.ApiClient;
import doorstep.device.api.client.ApiException;
import doorstep.device.api.model.ReturnHomeTask;
import doorstep.device.api.model.ReturnHomeTaskFilter;
import doorstep.device.api.model.RiskChecklist;
import doorstep.device.api.model.RiskQuestion;
import doorstep.device.capture.ReturnHomeInterviews;
import doorstep.device.sync.PushLimits;
import doorstep.device.sync.TokenSource;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import okhttp3.OkHttpClient;

/**
 * A return home interviewer with a phone: reads the service's open tasks, claims those of the run
 * that are theirs to take, and captures an interview against each on the phone, sealed for sending.
 * Reading and claiming go over the office's steady connection; the interviews go over the phone's.
 */
final class Interviewer {

    private static final int PAGE = 500;

    private final ReturnHomeApi tasks;
    private final ReferenceApi reference;
    private final TokenSource tokens;
    private final SimulatedDevice phone;
    private final InterviewGenerator interviews;

    Interviewer(String server, TokenSource tokens, SimulatedDevice phone, InterviewGenerator interviews) {
        ApiClient client = new ApiClient(PushLimits.timeouts(new OkHttpClient.Builder()).build());
        client.setBasePath(server);
        this.tasks = new ReturnHomeApi(client);
        this.reference = new ReferenceApi(client);
        this.tokens = tokens;
        this.phone = phone;
        this.interviews = interviews;
    }

    /**
     * Interviews the open tasks of {@code ourReturns} that fall to interviewer {@code index} of
     * {@code interviewers} (so two never claim the same one), noting each in the tally.
     */
    void interview(Set<UUID> ourReturns, int index, int interviewers, RunTally tally)
            throws IOException, ApiException, GeneralSecurityException {
        tasks.getApiClient().setBearerToken(tokens.idToken());
        List<ReturnHomeTask> open = tasks.listReturnHomeTasks(ReturnHomeTaskFilter.OPEN, PAGE).getTasks().stream()
                .filter(task -> ourReturns.contains(task.getTaskId())).toList();
        open.forEach(task -> tally.taskFound(task.getTaskId()));
        List<String> questions = questionIds();
        for (int i = index; i < open.size(); i += interviewers) {
            ReturnHomeTask task = tasks.claimReturnHomeTask(open.get(i).getTaskId());
            tally.captured(phone.captureAndSeal(interviews.next(task, questions), task), ReturnHomeInterviews.KIND);
        }
    }

    SimulatedDevice phone() {
        return phone;
    }

    /** The tasks of {@code ourReturns} an interview has closed, as the service's list shows them. */
    List<UUID> closed(Set<UUID> ourReturns) throws IOException, ApiException {
        tasks.getApiClient().setBearerToken(tokens.idToken());
        return tasks.listReturnHomeTasks(ReturnHomeTaskFilter.CLOSED, PAGE).getTasks().stream()
                .map(ReturnHomeTask::getTaskId).filter(ourReturns::contains).toList();
    }

    /** The checklist's questions as the server asks them (the reference call shares the tasks' sign-in). */
    private List<String> questionIds() throws IOException, ApiException {
        RiskChecklist checklist = reference.getRiskChecklist(ReturnHomeInterviews.CHECKLIST_ID);
        if (!ReturnHomeInterviews.CHECKLIST_VERSION.equals(checklist.getVersion())) {
            throw new IOException("The server's exploitation checklist is version " + checklist.getVersion()
                    + "; this simulator's app fills in " + ReturnHomeInterviews.CHECKLIST_VERSION);
        }
        return checklist.getQuestions().stream().map(RiskQuestion::getId).toList();
    }
}
