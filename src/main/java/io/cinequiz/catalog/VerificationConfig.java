package io.cinequiz.catalog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The knobs of verification; see {@link VerificationSettings} for what each one does. */
@ConfigMapping(prefix = "quiz.verification")
public interface VerificationConfig {

    /** Jaro-Winkler similarity from which two names are one value despite a typo. */
    @WithDefault("0.92")
    double nameSimilarity();

    /** A shared verbatim run of this many words around two claims makes them one witness. */
    @WithDefault("12")
    int copyMinWords();

    /** Characters either side of a quote compared for copying. */
    @WithDefault("300")
    int copyContextChars();

    /** Wrong values a source could choose from (Accu's n). */
    @WithDefault("10")
    int falseValues();

    /** Weight, in claims, of the prior trust of a source's kind. */
    @WithDefault("3.0")
    double priorWeight();

    /** Trust a single source needs for its uncontradicted claim to be SUPPORTED, and to be cited beside trusted sources. */
    @WithDefault("0.75")
    double singleSourceTrust();

    /** Confidence the leading value of a contradiction needs to settle it. */
    @WithDefault("0.85")
    double settleConfidence();

    /** Upper bound on trust iterations. */
    @WithDefault("200")
    int maxIterations();

    /** Iteration stops once no trust moves by more than this. */
    @WithDefault("1e-6")
    double convergence();

    /** Prior trust per source kind. */
    Prior prior();

    interface Prior {
        /** Prior trust of a film database page. */
        @WithDefault("0.7")
        double database();

        /** Prior trust of a critic's review. */
        @WithDefault("0.65")
        double review();

        /** Prior trust of a curated list entry. */
        @WithDefault("0.65")
        double list();

        /** Prior trust of a news article. */
        @WithDefault("0.65")
        double news();

        /** Prior trust of an interview. */
        @WithDefault("0.65")
        double interview();

        /** Prior trust of a blog post. */
        @WithDefault("0.6")
        double blog();

        /** Prior trust of a plot summary. */
        @WithDefault("0.6")
        double summary();

        /** Prior trust of any other document. */
        @WithDefault("0.6")
        double other();
    }

    default VerificationSettings settings() {
        Map<SourceKind, Double> priors = new EnumMap<>(SourceKind.class);
        priors.put(SourceKind.DATABASE, prior().database());
        priors.put(SourceKind.REVIEW, prior().review());
        priors.put(SourceKind.LIST, prior().list());
        priors.put(SourceKind.NEWS, prior().news());
        priors.put(SourceKind.INTERVIEW, prior().interview());
        priors.put(SourceKind.BLOG, prior().blog());
        priors.put(SourceKind.SUMMARY, prior().summary());
        priors.put(SourceKind.OTHER, prior().other());
        return new VerificationSettings(nameSimilarity(), copyMinWords(), copyContextChars(), falseValues(),
                priorWeight(), singleSourceTrust(), settleConfidence(), maxIterations(), convergence(),
                Collections.unmodifiableMap(priors)); // in kind order: its text is part of the start-up snapshot's key
    }
}
