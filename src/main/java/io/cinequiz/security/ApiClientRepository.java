package io.cinequiz.security;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
class ApiClientRepository implements PanacheRepositoryBase<ApiClient, String> {

    Optional<ApiClient> byKeyHash(String keyHash) {
        return find("keyHash", keyHash).firstResultOptional();
    }
}
