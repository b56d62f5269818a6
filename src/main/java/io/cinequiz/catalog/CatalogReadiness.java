package io.cinequiz.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the fact catalogue is loaded and verified. */
@Readiness
@ApplicationScoped
class CatalogReadiness implements HealthCheck {

    private final Catalog catalog;

    CatalogReadiness(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("catalogue")
                .status(catalog.isLoaded())
                .withData("films", catalog.films().size())
                .build();
    }
}
