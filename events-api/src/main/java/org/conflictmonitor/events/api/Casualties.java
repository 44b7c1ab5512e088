package org.conflictmonitor.events.api;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.conflictmonitor.api.validation.FieldRules;
import org.conflictmonitor.api.validation.OneOf;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Killed and injured within one scope: a group (whose losses) and, optionally, a kind of personnel
 * within it. The same shape serves an event's figures and a claim's, so that what a source says and
 * what the event records compare like with like.
 */
@Description("Killed and injured within one scope: whose losses (group) and, optionally, which kind of people within that group. A figure not stated is null, never 0.")
@Type("Casualties")
@Input("CasualtiesInput")
@FieldRules
public record Casualties(
        @Description("Whose losses.") @Schema(implementation = CasualtyGroup.class, description = "Whose losses.") @NotNull @OneOf(CasualtyGroup.class) String group,
        @Description("Which kind of people within the group; null for the whole group.") @Schema(implementation = Personnel.class, description = "Which kind of people within the group; null for the whole group.", nullable = true) @OneOf(Personnel.class) String personnel,
        @Description("Killed; null when not stated.") @Schema(nullable = true) @Valid Estimate killed,
        @Description("Injured; null when not stated.") @Schema(nullable = true) @Valid Estimate injured,
        @Description("How badly the injured were hurt, where stated.") @Schema(implementation = InjurySeverity.class, description = "How badly the injured were hurt, where stated.", nullable = true) @OneOf(InjurySeverity.class) String injurySeverity) implements FieldRules.Checked {

    @Override
    public void check(FieldRules.Broken broken) {
        if (!stated(killed) && !stated(injured)) {
            broken.rule("killed", "must state killed or injured");
        }
        if (injurySeverity != null && !stated(injured)) {
            broken.rule("injurySeverity", "needs an injured figure to qualify");
        }
    }

    /** The scope this figure counts, for comparing it with figures of the same scope only. */
    @JsonIgnore
    @Ignore
    @Schema(hidden = true)
    public Scope scope() {
        return new Scope(CasualtyGroup.valueOf(group), personnel == null ? null : Personnel.valueOf(personnel));
    }

    /** Whether no two figures of the list count the same scope; figures with an unknown group are left to their own check. */
    public static boolean distinctScopes(List<Casualties> figures) {
        if (figures == null) {
            return true;
        }
        Set<Scope> seen = new HashSet<>();
        return figures.stream().filter(f -> f != null && f.validGroup()).allMatch(f -> seen.add(f.scope()));
    }

    /** Whether a list leaves the whole-event total ALL to the event's own killed and injured. */
    public static boolean withoutTotals(List<Casualties> figures) {
        return figures == null || figures.stream().noneMatch(f -> f != null && CasualtyGroup.ALL.name().equals(f.group()));
    }

    private boolean validGroup() {
        return isConstant(CasualtyGroup.class, group) && (personnel == null || isConstant(Personnel.class, personnel));
    }

    private static boolean isConstant(Class<? extends Enum<?>> type, String name) {
        return Arrays.stream(type.getEnumConstants()).anyMatch(c -> c.name().equals(name));
    }

    private static boolean stated(Estimate e) {
        return e != null && (e.low() != null || e.best() != null || e.high() != null);
    }

    /** Whose losses and which kind of people: two figures are comparable only when their scopes are equal. */
    public record Scope(CasualtyGroup group, Personnel personnel) {

        /** Whose losses first, in the order of the groups, then the kind of people, the whole group before its parts. */
        public static final Comparator<Scope> ORDER = Comparator.comparing(Scope::group)
                .thenComparing(Scope::personnel, Comparator.nullsFirst(Comparator.naturalOrder()));
    }
}
