package org.conflictmonitor.gateway.http;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.language.AstPrinter;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;

/**
 * The shape of a GraphQL document as the HTTP layer needs it before execution: how many operations
 * and aliases it has, which operation a request selects, and that operation alone as a document.
 */
public final class RequestDocument {

    private final Document document;
    private final List<OperationDefinition> operations;
    private final Map<String, FragmentDefinition> fragments;

    private RequestDocument(Document document) {
        this.document = document;
        this.operations = document.getDefinitionsOfType(OperationDefinition.class);
        this.fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, Function.identity(), (first, again) -> first));
    }

    /** The parsed document; empty when it does not parse, which GraphQL itself then reports. */
    public static Optional<RequestDocument> parse(String query) {
        if (query == null || query.isBlank()) {
            return Optional.empty();
        }
        try {
            // With the operation parser's options, so a document over the token limit is refused while parsed here too.
            return Optional.of(new RequestDocument(Parser.parse(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(ParserOptions.getDefaultOperationParserOptions()).build())));
        } catch (InvalidSyntaxException unparsable) {
            return Optional.empty();
        }
    }

    public int operationCount() {
        return operations.size();
    }

    /** Fields given another name in the response, over the whole document. */
    public int aliasCount() {
        int aliases = 0;
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof OperationDefinition operation) {
                aliases += aliases(operation.getSelectionSet());
            } else if (definition instanceof FragmentDefinition fragment) {
                aliases += aliases(fragment.getSelectionSet());
            }
        }
        return aliases;
    }

    /**
     * The operation a request runs: the one named, or the only one. Empty when the name matches none,
     * or when there are several and no name, both of which GraphQL reports as it executes.
     */
    public Optional<OperationDefinition> selected(String operationName) {
        if (operationName == null || operationName.isEmpty()) {
            return operations.size() == 1 ? Optional.of(operations.get(0)) : Optional.empty();
        }
        return operations.stream().filter(op -> operationName.equals(op.getName())).findFirst();
    }

    public boolean namesAnOperation(String operationName) {
        return operationName == null || operationName.isEmpty() || selected(operationName).isPresent();
    }

    /** Whether the operation a request runs changes anything. */
    public boolean selectsMutation(String operationName) {
        return selected(operationName).map(op -> op.getOperation() != OperationDefinition.Operation.QUERY).orElse(false);
    }

    /** The selected operation with only the fragments it uses, as text: the same request without an operation name. */
    public String onlySelected(String operationName) {
        OperationDefinition operation = selected(operationName).orElseThrow();
        Set<String> used = new LinkedHashSet<>();
        collectFragments(operation.getSelectionSet(), used);
        List<Definition> kept = new ArrayList<>();
        kept.add(operation);
        used.forEach(name -> kept.add(fragments.get(name)));
        return AstPrinter.printAst(Document.newDocument().definitions(kept).build());
    }

    private void collectFragments(SelectionSet selections, Set<String> used) {
        if (selections == null) {
            return;
        }
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                collectFragments(field.getSelectionSet(), used);
            } else if (selection instanceof InlineFragment inline) {
                collectFragments(inline.getSelectionSet(), used);
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName()) && used.add(spread.getName())) {
                collectFragments(fragments.get(spread.getName()).getSelectionSet(), used);
            }
        }
    }

    private static int aliases(SelectionSet selections) {
        if (selections == null) {
            return 0;
        }
        int count = 0;
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                count += (field.getAlias() != null ? 1 : 0) + aliases(field.getSelectionSet());
            } else if (selection instanceof InlineFragment inline) {
                count += aliases(inline.getSelectionSet());
            }
        }
        return count;
    }
}
