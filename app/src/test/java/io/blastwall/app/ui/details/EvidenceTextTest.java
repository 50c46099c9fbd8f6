package io.blastwall.app.ui.details;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EvidenceTextTest {

    @Test
    void indentsJsonStatements() {
        assertEquals("{\n  \"Effect\" : \"Allow\",\n  \"Action\" : [ \"s3:GetObject\" ]\n}",
                EvidenceText.readable("{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\"]}"));
    }

    @Test
    void leavesOtherTextAsItCame() {
        String binding = "kind: RoleBinding\nsubjects:\n- kind: ServiceAccount\n  name: ci\n";

        assertEquals(binding, EvidenceText.readable(binding));
    }

    @Test
    void leavesBrokenJsonAsItCame() {
        assertEquals("{\"Effect\": \"Allow\"", EvidenceText.readable("{\"Effect\": \"Allow\""));
    }
}
