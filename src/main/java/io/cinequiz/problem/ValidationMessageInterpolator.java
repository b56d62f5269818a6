package io.cinequiz.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.validation.MessageInterpolator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validation messages with their parameters filled in ({@code {value}}, {@code {max}}), and no expression language:
 * no message of ours or of the constraints we use has an {@code ${...}} expression, and Hibernate Validator's default
 * interpolator starts an expression language engine with the service (docs/startup.md).
 */
@ApplicationScoped
class ValidationMessageInterpolator {

    @Produces
    @ApplicationScoped
    MessageInterpolator interpolator() {
        return new ParameterMessageInterpolator();
    }
}
