package doorstep.capture.returnhome;

import doorstep.api.model.PersonName;
import doorstep.api.model.Place;
import doorstep.api.model.ReturnedChild;
import doorstep.crypto.FieldCipher;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;

/** Decrypts a recorded missing episode for a reader the caller has already authorised and audits. */
@Singleton
public class ReturnEpisodes {

    private final EpisodeRepository episodes;
    private final FieldCipher cipher;
    private final JsonMapper json;

    ReturnEpisodes(EpisodeRepository episodes, FieldCipher cipher, JsonMapper json) {
        this.episodes = episodes;
        this.cipher = cipher;
        this.json = json;
    }

    public Optional<ReturnEpisode> find(String tenantId, UUID episodeId) {
        return episodes.findByIdAndTenantId(episodeId, tenantId).map(this::view);
    }

    private ReturnEpisode view(EpisodeRow row) {
        String id = row.id().toString();
        ReturnedChild child = fromJson(cipher.open(row.childCt(), id, "child"), ReturnedChild.class);
        return new ReturnEpisode(row.id(), row.childMentionId(), new PersonName(child.getName().getGivenName(),
                child.getName().getFamilyName()), child.getDateOfBirth(), row.missingFrom(), row.returnedAt(),
                fromJson(cipher.open(row.whereFoundCt(), id, "where_found"), Place.class));
    }

    <T> T fromJson(String text, Class<T> type) {
        try {
            return json.readValue(text, Argument.of(type));
        } catch (IOException e) {
            throw new UncheckedIOException("A stored capture part could not be read back", e);
        }
    }
}
