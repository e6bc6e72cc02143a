package io.litmine.index.schema;

import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * Greek letters as biomedical names spell them out: papers write {@code TGF-α}, {@code TNFα} and
 * {@code TGF-alpha} for the same thing, and users type the Latin spelling.
 */
final class GreekLetters {

    private static final String[][] LETTERS = {
        {"α", "alpha"}, {"β", "beta"}, {"γ", "gamma"}, {"δ", "delta"}, {"ε", "epsilon"}, {"ζ", "zeta"},
        {"η", "eta"}, {"θ", "theta"}, {"ι", "iota"}, {"κ", "kappa"}, {"λ", "lambda"}, {"μ", "mu"},
        {"ν", "nu"}, {"ξ", "xi"}, {"π", "pi"}, {"ρ", "rho"}, {"σ", "sigma"}, {"τ", "tau"}, {"υ", "upsilon"},
        {"φ", "phi"}, {"χ", "chi"}, {"ψ", "psi"}, {"ω", "omega"},
    };

    static final NormalizeCharMap MAP = build();

    private GreekLetters() {
    }

    private static NormalizeCharMap build() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        for (String[] letter : LETTERS) {
            builder.add(letter[0], letter[1]);
            builder.add(letter[0].toUpperCase(java.util.Locale.ROOT), letter[1]);
        }
        return builder.build();
    }
}
