package io.blastwall.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class PathSvgTest {
    @Test
    void longNamesKeepBothEndsSoSiblingsStayApart() {
        String bucket = PathSvg.shortenMiddle("northwind-prod-customer-data", 19);
        String objects = PathSvg.shortenMiddle("northwind-prod-customer-data/*", 19);

        assertEquals("northwind…omer-data", bucket);
        assertEquals("northwind…er-data/*", objects);
        assertEquals("northwind-…omer-data", PathSvg.shortenMiddle("northwind-prod-customer-data", 20));
        assertNotEquals(bucket, objects);
        assertEquals("support-agent", PathSvg.shortenMiddle("support-agent", 19));
    }
}
