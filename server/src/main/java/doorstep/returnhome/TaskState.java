package doorstep.returnhome;

import doorstep.api.model.ReturnHomeTaskState;

/**
 * Where a return home interview task stands: OPEN until an interviewer claims it, CLOSED by the
 * first interview recorded about its episode (claimed or not). Changes only through {@link TaskRow}.
 */
enum TaskState {
    OPEN, CLAIMED, CLOSED;

    ReturnHomeTaskState wire() {
        return ReturnHomeTaskState.valueOf(name());
    }
}
