package org.conflictmonitor.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestDocumentTest {

    static final String TWO_OPERATIONS = """
            query Names { a: actor(id: "1") { ...Name } b: actor(id: "2") { name } }
            mutation Remove { deleteActor(id: "1") }
            query Kinds { actor(id: "3") { ... on Actor { k: kind } ...Kind } }
            fragment Name on Actor { n: name }
            fragment Kind on Actor { kind ...Name }
            fragment Unused on Actor { country }""";

    @Test
    void countsOperationsAndAliasesInOperationsAndFragments() {
        RequestDocument document = RequestDocument.parse(TWO_OPERATIONS).orElseThrow();
        assertThat(document.operationCount()).isEqualTo(3);
        assertThat(document.aliasCount()).isEqualTo(4); // a, b, k, and n in a fragment
    }

    @Test
    void theNamedOperationIsTheOneThatRuns() {
        RequestDocument document = RequestDocument.parse(TWO_OPERATIONS).orElseThrow();
        assertThat(document.selectsMutation("Remove")).isTrue();
        assertThat(document.selectsMutation("Names")).isFalse();
        assertThat(document.selectsMutation(null)).isFalse(); // several operations and no name: nothing runs
        assertThat(document.namesAnOperation("Nope")).isFalse();
        assertThat(document.namesAnOperation(null)).isTrue();
        assertThat(RequestDocument.parse("mutation { deleteActor(id: \"1\") }").orElseThrow().selectsMutation(null)).isTrue();
    }

    @Test
    void theSelectedOperationAloneKeepsExactlyTheFragmentsItUses() {
        String alone = RequestDocument.parse(TWO_OPERATIONS).orElseThrow().onlySelected("Kinds");
        RequestDocument document = RequestDocument.parse(alone).orElseThrow();
        assertThat(document.operationCount()).isEqualTo(1);
        assertThat(alone).contains("query Kinds", "fragment Kind on Actor", "fragment Name on Actor")
                .doesNotContain("Unused", "mutation", "query Names");
    }

    @Test
    void whatDoesNotParseIsLeftToGraphQLToReport() {
        assertThat(RequestDocument.parse("{ actor(id: ")).isEmpty();
        assertThat(RequestDocument.parse(" ")).isEmpty();
    }
}
