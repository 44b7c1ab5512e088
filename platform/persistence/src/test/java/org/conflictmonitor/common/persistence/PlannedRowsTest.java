package org.conflictmonitor.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The estimate a count answers beyond its bound is the planner's row count of the query's top node. */
class PlannedRowsTest {

    @Test
    void theTopNodesRowsAreTheEstimate() {
        String plan = """
                [{"Plan": {"Node Type": "Bitmap Heap Scan", "Plan Rows": 48213, "Plans": [{"Node Type": "Bitmap Index Scan", "Plan Rows": 50000}]}}]""";
        assertThat(BoundedCount.plannedRows(plan)).isEqualTo(48213);
    }
}
