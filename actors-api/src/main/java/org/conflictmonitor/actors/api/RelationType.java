package org.conflictmonitor.actors.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How one actor (the subject) stands to another (the object).
 */
@Schema(description = """
        How the subject stands to the object: MEMBER_OF (Armenia → CSTO); PART_OF (a press service →
        its ministry → the state); HOLDS_POSITION (a person → the body, with the position as title);
        CO_CHAIR_OF (Russia → OSCE Minsk Group); ALLIED_WITH; OPPOSES.""")
@Description("""
        How the subject stands to the object: MEMBER_OF (Armenia → CSTO); PART_OF (a press service →
        its ministry → the state); HOLDS_POSITION (a person → the body, with the position as title);
        CO_CHAIR_OF (Russia → OSCE Minsk Group); ALLIED_WITH; OPPOSES.""")
public enum RelationType {
    MEMBER_OF,
    PART_OF,
    HOLDS_POSITION,
    CO_CHAIR_OF,
    ALLIED_WITH,
    OPPOSES
}
