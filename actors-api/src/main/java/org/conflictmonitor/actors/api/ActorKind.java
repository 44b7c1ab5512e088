package org.conflictmonitor.actors.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What kind of actor this is, with the ACLED actor type it is coded as where one applies.
 */
@Schema(description = """
        What kind of actor this is:
        STATE (a sovereign state or a historical one such as the USSR);
        STATE_FORCE (armed forces, army, navy, police, border guard of a state);
        GOVERNMENT_BODY (ministry, secretariat, press service, regional administration);
        NON_STATE_ARMED_GROUP (rebels, insurgents); MILITIA (political militia);
        IDENTITY_MILITIA (ethnic, religious, communal or clan militia);
        INTERGOVERNMENTAL_ORGANISATION (the UN, the OSCE, the CSTO and their organs);
        NGO; PERSON; CIVILIANS; PROTESTERS; RIOTERS; OTHER.""")
@Description("""
        What kind of actor this is:
        STATE (a sovereign state or a historical one such as the USSR);
        STATE_FORCE (armed forces, army, navy, police, border guard of a state);
        GOVERNMENT_BODY (ministry, secretariat, press service, regional administration);
        NON_STATE_ARMED_GROUP (rebels, insurgents); MILITIA (political militia);
        IDENTITY_MILITIA (ethnic, religious, communal or clan militia);
        INTERGOVERNMENTAL_ORGANISATION (the UN, the OSCE, the CSTO and their organs);
        NGO; PERSON; CIVILIANS; PROTESTERS; RIOTERS; OTHER.""")
public enum ActorKind {
    STATE(AcledActorType.STATE_FORCES),
    STATE_FORCE(AcledActorType.STATE_FORCES),
    GOVERNMENT_BODY(AcledActorType.STATE_FORCES),
    NON_STATE_ARMED_GROUP(AcledActorType.REBEL_GROUPS),
    MILITIA(AcledActorType.POLITICAL_MILITIAS),
    IDENTITY_MILITIA(AcledActorType.IDENTITY_MILITIAS),
    INTERGOVERNMENTAL_ORGANISATION(AcledActorType.EXTERNAL_OTHER_FORCES),
    NGO(null),
    PERSON(null),
    CIVILIANS(AcledActorType.CIVILIANS),
    PROTESTERS(AcledActorType.PROTESTERS),
    RIOTERS(AcledActorType.RIOTERS),
    OTHER(AcledActorType.EXTERNAL_OTHER_FORCES);

    private final AcledActorType acledType;

    ActorKind(AcledActorType acledType) {
        this.acledType = acledType;
    }

    /** The ACLED actor type, or null where none applies (a person or an NGO is coded by its affiliation). */
    public AcledActorType acledType() {
        return acledType;
    }
}
