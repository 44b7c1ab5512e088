import type {
  ActorRole, CasualtyGroup, DatePrecision, DisorderType, EventStatus, EventType, InjurySeverity, LocationPrecision, Personnel,
  SubEventType,
} from '../generated/graphql';

/** An API constant as people read it: ARMED_CLASH → "armed clash". */
export function label(constant: string | null | undefined): string {
  return constant ? constant.toLowerCase().replaceAll('_', ' ') : '';
}

// Each vocabulary as a record of all its constants, so the compiler says when the schema gains one.
const constants = <T extends string>(all: Record<T, true>): T[] => Object.keys(all) as T[];

export const EVENT_TYPES = constants<EventType>({
  BATTLES: true, EXPLOSIONS_REMOTE_VIOLENCE: true, VIOLENCE_AGAINST_CIVILIANS: true, PROTESTS: true, RIOTS: true, STRATEGIC_DEVELOPMENTS: true,
});

export const SUB_EVENT_TYPES = constants<SubEventType>({
  ARMED_CLASH: true, GOVERNMENT_REGAINS_TERRITORY: true, NON_STATE_ACTOR_OVERTAKES_TERRITORY: true, CHEMICAL_WEAPON: true,
  AIR_DRONE_STRIKE: true, SUICIDE_BOMB: true, SHELLING_ARTILLERY_MISSILE_ATTACK: true, REMOTE_EXPLOSIVE_LANDMINE_IED: true, GRENADE: true,
  SEXUAL_VIOLENCE: true, ATTACK: true, ABDUCTION_FORCED_DISAPPEARANCE: true, PEACEFUL_PROTEST: true, PROTEST_WITH_INTERVENTION: true,
  EXCESSIVE_FORCE_AGAINST_PROTESTERS: true, VIOLENT_DEMONSTRATION: true, MOB_VIOLENCE: true, AGREEMENT: true, ARRESTS: true,
  CHANGE_TO_GROUP_ACTIVITY: true, DISRUPTED_WEAPONS_USE: true, HEADQUARTERS_OR_BASE_ESTABLISHED: true, LOOTING_PROPERTY_DESTRUCTION: true,
  NON_VIOLENT_TRANSFER_OF_TERRITORY: true, OTHER: true,
});

export const DISORDER_TYPES = constants<DisorderType>({
  POLITICAL_VIOLENCE: true, DEMONSTRATIONS: true, POLITICAL_VIOLENCE_DEMONSTRATIONS: true, STRATEGIC_DEVELOPMENTS: true,
});

export const DATE_PRECISIONS = constants<DatePrecision>({ DAY: true, WEEK: true, MONTH: true, YEAR: true });

export const LOCATION_PRECISIONS = constants<LocationPrecision>({ EXACT: true, NEAR: true, ADMIN2: true, ADMIN1: true, COUNTRY: true });

export const EVENT_STATUSES = constants<EventStatus>({ DRAFT: true, PUBLISHED: true, RETRACTED: true });

export const CASUALTY_GROUPS = constants<CasualtyGroup>({ SIDE_A: true, SIDE_B: true, CIVILIANS: true, UNKNOWN: true, ALL: true });

export const PERSONNEL = constants<Personnel>({ MILITARY: true, POLICE_SECURITY: true, CIVILIAN: true });

export const INJURY_SEVERITIES = constants<InjurySeverity>({ LIGHT: true, SERIOUS: true });

export const ACTOR_ROLES = constants<ActorRole>({ PRIMARY: true, ASSOCIATED: true });
