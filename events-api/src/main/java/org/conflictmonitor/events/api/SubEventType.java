package org.conflictmonitor.events.api;

import static org.conflictmonitor.events.api.DisorderType.DEMONSTRATIONS;
import static org.conflictmonitor.events.api.DisorderType.POLITICAL_VIOLENCE;
import static org.conflictmonitor.events.api.DisorderType.POLITICAL_VIOLENCE_DEMONSTRATIONS;
import static org.conflictmonitor.events.api.EventType.BATTLES;
import static org.conflictmonitor.events.api.EventType.EXPLOSIONS_REMOTE_VIOLENCE;
import static org.conflictmonitor.events.api.EventType.PROTESTS;
import static org.conflictmonitor.events.api.EventType.RIOTS;
import static org.conflictmonitor.events.api.EventType.VIOLENCE_AGAINST_CIVILIANS;

import org.eclipse.microprofile.graphql.Description;

/**
 * ACLED's sub-event types, each with the one event type and disorder type it belongs to, so that a
 * classification is always a consistent triple.
 */
@Description("ACLED sub-event type; it determines the event type and the disorder type.")
public enum SubEventType {
    ARMED_CLASH(BATTLES, POLITICAL_VIOLENCE, "Armed clash"),
    GOVERNMENT_REGAINS_TERRITORY(BATTLES, POLITICAL_VIOLENCE, "Government regains territory"),
    NON_STATE_ACTOR_OVERTAKES_TERRITORY(BATTLES, POLITICAL_VIOLENCE, "Non-state actor overtakes territory"),
    CHEMICAL_WEAPON(EXPLOSIONS_REMOTE_VIOLENCE, POLITICAL_VIOLENCE, "Chemical weapon"),
    AIR_DRONE_STRIKE(EXPLOSIONS_REMOTE_VIOLENCE, POLITICAL_VIOLENCE, "Air/drone strike"),
    SUICIDE_BOMB(EXPLOSIONS_REMOTE_VIOLENCE, POLITICAL_VIOLENCE, "Suicide bomb"),
    SHELLING_ARTILLERY_MISSILE_ATTACK(EXPLOSIONS_REMOTE_VIOLENCE, POLITICAL_VIOLENCE, "Shelling/artillery/missile attack"),
    REMOTE_EXPLOSIVE_LANDMINE_IED(EXPLOSIONS_REMOTE_VIOLENCE, POLITICAL_VIOLENCE, "Remote explosive/landmine/IED"),
    GRENADE(EXPLOSIONS_REMOTE_VIOLENCE, POLITICAL_VIOLENCE, "Grenade"),
    SEXUAL_VIOLENCE(VIOLENCE_AGAINST_CIVILIANS, POLITICAL_VIOLENCE, "Sexual violence"),
    ATTACK(VIOLENCE_AGAINST_CIVILIANS, POLITICAL_VIOLENCE, "Attack"),
    ABDUCTION_FORCED_DISAPPEARANCE(VIOLENCE_AGAINST_CIVILIANS, POLITICAL_VIOLENCE, "Abduction/forced disappearance"),
    PEACEFUL_PROTEST(PROTESTS, DEMONSTRATIONS, "Peaceful protest"),
    PROTEST_WITH_INTERVENTION(PROTESTS, DEMONSTRATIONS, "Protest with intervention"),
    EXCESSIVE_FORCE_AGAINST_PROTESTERS(PROTESTS, POLITICAL_VIOLENCE_DEMONSTRATIONS, "Excessive force against protesters"),
    VIOLENT_DEMONSTRATION(RIOTS, DEMONSTRATIONS, "Violent demonstration"),
    MOB_VIOLENCE(RIOTS, POLITICAL_VIOLENCE, "Mob violence"),
    AGREEMENT(EventType.STRATEGIC_DEVELOPMENTS, DisorderType.STRATEGIC_DEVELOPMENTS, "Agreement"),
    ARRESTS(EventType.STRATEGIC_DEVELOPMENTS, DisorderType.STRATEGIC_DEVELOPMENTS, "Arrests"),
    CHANGE_TO_GROUP_ACTIVITY(EventType.STRATEGIC_DEVELOPMENTS, DisorderType.STRATEGIC_DEVELOPMENTS, "Change to group/activity"),
    DISRUPTED_WEAPONS_USE(EventType.STRATEGIC_DEVELOPMENTS, DisorderType.STRATEGIC_DEVELOPMENTS, "Disrupted weapons use"),
    HEADQUARTERS_OR_BASE_ESTABLISHED(EventType.STRATEGIC_DEVELOPMENTS, DisorderType.STRATEGIC_DEVELOPMENTS, "Headquarters or base established"),
    LOOTING_PROPERTY_DESTRUCTION(EventType.STRATEGIC_DEVELOPMENTS, DisorderType.STRATEGIC_DEVELOPMENTS, "Looting/property destruction"),
    NON_VIOLENT_TRANSFER_OF_TERRITORY(EventType.STRATEGIC_DEVELOPMENTS, DisorderType.STRATEGIC_DEVELOPMENTS, "Non-violent transfer of territory"),
    OTHER(EventType.STRATEGIC_DEVELOPMENTS, DisorderType.STRATEGIC_DEVELOPMENTS, "Other");

    private final EventType eventType;
    private final DisorderType disorderType;
    private final String label;

    SubEventType(EventType eventType, DisorderType disorderType, String label) {
        this.eventType = eventType;
        this.disorderType = disorderType;
        this.label = label;
    }

    public EventType eventType() {
        return eventType;
    }

    public DisorderType disorderType() {
        return disorderType;
    }

    /** The name as ACLED writes it. */
    public String label() {
        return label;
    }
}
