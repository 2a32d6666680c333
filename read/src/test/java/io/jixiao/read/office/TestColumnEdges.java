package io.jixiao.read.office;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The columns of a .doc table from its cells' edges, in twips. */
class TestColumnEdges {

    @Test
    void aCellSpansTheColumnsOtherRowsDivideItsWidthInto() {
        // row 1: one cell 0-3000; row 2: 0-1000, 1000-2000, 2000-3000
        ColumnEdges columns = ColumnEdges.of(new int[] {0, 3000, 0, 1000, 1000, 2000, 2000, 3000});

        assertThat(columns.span(0, 3000)).isEqualTo(3);
        assertThat(columns.span(1000, 3000)).isEqualTo(2);
        assertThat(columns.span(2000, 3000)).isEqualTo(1);
    }

    @Test
    void edgesAFewTwipsApartAreOneBoundary() {
        // the second row's inner edge written 7 twips off the first's
        ColumnEdges columns = ColumnEdges.of(new int[] {-108, 1061, 1061, 3000, -108, 1068, 1068, 3003});

        assertThat(columns.span(-108, 3003)).isEqualTo(2);
        assertThat(columns.span(1068, 3003)).isEqualTo(1);
        assertThat(columns.span(-108, 1068)).isEqualTo(1);
    }

    @Test
    void aHostileTableSpansAtMostSixtyFourColumns() {
        int[] edges = new int[1000];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = i * 100;
        }

        assertThat(ColumnEdges.of(edges).span(0, 100_000)).isEqualTo(WordRows.MAX_SPAN);
        assertThat(ColumnEdges.of(edges).span(500, 400)).isEqualTo(1);
    }
}
