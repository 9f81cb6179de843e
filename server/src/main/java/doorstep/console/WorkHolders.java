package doorstep.console;

import doorstep.identity.Caller;
import doorstep.identity.StaffNames;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/** Who holds or owns a piece of work, as a page says it: "You", a colleague's name, or "Nobody". */
@Singleton
class WorkHolders {

    private final StaffNames names;

    WorkHolders(StaffNames names) {
        this.names = names;
    }

    String who(Caller reader, @Nullable String uid) {
        if (uid == null) {
            return "Nobody";
        }
        return uid.equals(reader.uid()) ? "You" : names.of(reader.tenantId(), uid).orElse("A former colleague");
    }
}
