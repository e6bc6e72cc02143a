package io.litmine.annotators.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.corpus.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * "interactions with HER2/HER3": a dimer's members are the interacting pair; a process after the cue
 * ("interaction with cell adhesion", seen in PMC3411611) has no id and is no dimer (it once threw).
 */
class DimerMembersTest {

    @Test
    void aDimerSplitsAndAProcessStaysWhole() {
        Argument dimer = Argument.entity("HER2/HER3", "ERBB2/ERBB3", EntityType.GENE, 3, 3, 20, 29);
        assertThat(ClaimExtractor.members(dimer)).extracting(Argument::id).containsExactly("ERBB2", "ERBB3");
        assertThat(ClaimExtractor.members(dimer)).extracting(Argument::text).containsExactly("HER2", "HER3");
        Argument process = Argument.process("cell adhesion", "adhesion", 3, 4, 20, 33);
        assertThat(ClaimExtractor.members(process)).containsExactly(process);
    }
}
