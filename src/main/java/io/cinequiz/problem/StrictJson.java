package io.cinequiz.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Request bodies that name a field twice are malformed (review round 2, L1): Jackson's parser refuses them, so they
 * are a 400 {@code malformed-body} problem ({@link ProblemMapper}). Without this, a duplicate sent after every field of
 * a record had been read made Jackson fail outside its mapping exceptions, answered as an empty 500.
 */
@Singleton
class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
