import type {
  ActorRole, CasualtiesInput, CasualtyGroup, ClaimInput, DatePrecision, DisorderType, EstimateInput, EventForEditQuery,
  EventInput, EventLinkType, EventStatus, EventType, InjurySeverity, LocationPrecision, Personnel, Side, SubEventType,
} from '../generated/graphql';

// What the curators' forms hold: text as typed (a number field may be half-typed), turned into the
// API's input only when sent. updateEvent and updateClaim replace what they update, so a draft also
// carries, unchanged, what its form does not show.

export type EstimateDraft = { low: string; best: string; high: string };

/** One figure: killed and injured for one scope (whose losses, which kind of people). */
export type FigureDraft = {
  group: CasualtyGroup;
  personnel: Personnel | '';
  killed: EstimateDraft;
  injured: EstimateDraft;
  injurySeverity: InjurySeverity | '';
};

export type SideActorDraft = { actorId: string; name: string; side: Side; role: ActorRole };

export type EventDraft = {
  version: number | null;
  title: string;
  dateFrom: string;
  dateTo: string;
  datePrecision: DatePrecision;
  status: EventStatus;
  subEventType: SubEventType | '';
  eventType: EventType | '';
  disorderType: DisorderType | '';
  civilianTargeting: boolean;
  notes: string;
  country: string;
  admin1: string;
  admin2: string;
  place: string;
  latitude: string;
  longitude: string;
  precision: LocationPrecision;
  killed: EstimateDraft;
  injured: EstimateDraft;
  actors: SideActorDraft[];
  casualties: FigureDraft[];
  /** Carried: the form does not edit them. */
  tags: string[];
  conflictId: string | null;
  conflictName: string;
  links: Array<{ eventId: string; type: EventLinkType; title: string }>;
};

type Estimate = { low?: number | null; best?: number | null; high?: number | null } | null | undefined;
type Figure = { group: CasualtyGroup; personnel?: Personnel | null; killed?: Estimate; injured?: Estimate; injurySeverity?: InjurySeverity | null };

const text = (n: number | null | undefined): string => (n == null ? '' : String(n));

/** A number as typed, or null when the field is empty; what is not a number stays for the API to name. */
export function numberOf(typed: string): number | null {
  const trimmed = typed.trim();
  return trimmed === '' ? null : Number(trimmed);
}

export function estimateDraft(e: Estimate): EstimateDraft {
  return { low: text(e?.low), best: text(e?.best), high: text(e?.high) };
}

export function estimateInput(e: EstimateDraft): EstimateInput | null {
  const input = { low: numberOf(e.low), best: numberOf(e.best), high: numberOf(e.high) };
  return input.low == null && input.best == null && input.high == null ? null : input;
}

export function figureDraft(f: Figure): FigureDraft {
  return {
    group: f.group, personnel: f.personnel ?? '', killed: estimateDraft(f.killed), injured: estimateDraft(f.injured),
    injurySeverity: f.injurySeverity ?? '',
  };
}

export function figureInput(f: FigureDraft): CasualtiesInput {
  return {
    group: f.group, personnel: f.personnel || null, killed: estimateInput(f.killed), injured: estimateInput(f.injured),
    injurySeverity: f.injurySeverity || null,
  };
}

export const emptyFigure = (): FigureDraft => figureDraft({ group: 'SIDE_A' });

export function emptyEventDraft(): EventDraft {
  return {
    version: null, title: '', dateFrom: '', dateTo: '', datePrecision: 'DAY', status: 'DRAFT', subEventType: '', eventType: '',
    disorderType: '', civilianTargeting: false, notes: '', country: '', admin1: '', admin2: '', place: '', latitude: '',
    longitude: '', precision: 'COUNTRY', killed: estimateDraft(null), injured: estimateDraft(null), actors: [], casualties: [],
    tags: [], conflictId: null, conflictName: '', links: [],
  };
}

type EditableEvent = NonNullable<EventForEditQuery['event']>;

/** The form's draft of an event as read. */
export function eventDraft(e: EditableEvent): EventDraft {
  return {
    version: e.version,
    title: e.title ?? '',
    dateFrom: e.dateFrom ?? '',
    dateTo: e.dateTo ?? '',
    datePrecision: e.datePrecision ?? 'DAY',
    status: e.status ?? 'DRAFT',
    subEventType: e.subEventType ?? '',
    eventType: e.eventType ?? '',
    disorderType: e.disorderType ?? '',
    civilianTargeting: e.civilianTargeting,
    notes: e.notes ?? '',
    country: e.location?.country ?? '',
    admin1: e.location?.admin1 ?? '',
    admin2: e.location?.admin2 ?? '',
    place: e.location?.place ?? '',
    latitude: text(e.location?.latitude),
    longitude: text(e.location?.longitude),
    precision: e.location?.precision ?? 'COUNTRY',
    killed: estimateDraft(e.killed),
    injured: estimateDraft(e.injured),
    actors: (e.actors ?? []).flatMap((a) => (a ? [{ actorId: a.actorId, name: a.actor?.name ?? a.actorId, side: a.side, role: a.role ?? 'PRIMARY' }] : [])),
    casualties: (e.casualties ?? []).flatMap((c) => (c ? [figureDraft(c)] : [])),
    tags: (e.tags ?? []).flatMap((t) => (t ? [t] : [])),
    conflictId: e.conflictId ?? null,
    conflictName: e.conflict?.name ?? '',
    links: (e.links ?? []).flatMap((l) => (l ? [{ eventId: l.eventId, type: l.type, title: l.event?.title ?? l.eventId }] : [])),
  };
}

/**
 * What createEvent or updateEvent is sent. The sub-event type decides the event and disorder types,
 * so with one chosen those two are left for the API to derive: sending the ones read beside a changed
 * sub-event type would contradict it.
 */
export function eventInput(d: EventDraft): EventInput {
  return {
    version: d.version,
    title: d.title,
    dateFrom: d.dateFrom,
    dateTo: d.dateTo || null,
    datePrecision: d.datePrecision,
    status: d.status,
    subEventType: d.subEventType || null,
    eventType: d.subEventType ? null : d.eventType || null,
    disorderType: d.subEventType ? null : d.disorderType || null,
    civilianTargeting: d.civilianTargeting,
    notes: d.notes || null,
    location: {
      country: d.country, admin1: d.admin1 || null, admin2: d.admin2 || null, place: d.place || null,
      latitude: numberOf(d.latitude), longitude: numberOf(d.longitude), precision: d.precision,
    },
    killed: estimateInput(d.killed),
    injured: estimateInput(d.injured),
    actors: d.actors.map((a) => ({ actorId: a.actorId, side: a.side, role: a.role })),
    casualties: d.casualties.map(figureInput),
    tags: d.tags,
    conflictId: d.conflictId,
    links: d.links.map((l) => ({ eventId: l.eventId, type: l.type })),
  };
}

export type ClaimDraft = {
  version: number | null;
  summary: string;
  quote: string;
  articleId: string;
  claimantActorId: string;
  initiatorActorId: string;
  subEventType: SubEventType | '';
  credibility: string;
  figures: FigureDraft[];
};

type EditableClaim = {
  version: number; summary?: string | null; quote?: string | null; articleId?: string | null; claimantActorId?: string | null;
  initiatorActorId?: string | null; subEventType?: SubEventType | null; credibility: number; figures?: ReadonlyArray<Figure | null> | null;
};

export function claimDraft(c: EditableClaim): ClaimDraft {
  return {
    version: c.version, summary: c.summary ?? '', quote: c.quote ?? '', articleId: c.articleId ?? '',
    claimantActorId: c.claimantActorId ?? '', initiatorActorId: c.initiatorActorId ?? '', subEventType: c.subEventType ?? '',
    credibility: String(c.credibility), figures: (c.figures ?? []).flatMap((f) => (f ? [figureDraft(f)] : [])),
  };
}

export function emptyClaimDraft(articleId: string): ClaimDraft {
  return { version: null, summary: '', quote: '', articleId, claimantActorId: '', initiatorActorId: '', subEventType: '', credibility: '6', figures: [] };
}

export function claimInput(d: ClaimDraft): ClaimInput {
  return {
    version: d.version, summary: d.summary, quote: d.quote || null, articleId: d.articleId,
    claimantActorId: d.claimantActorId || null, initiatorActorId: d.initiatorActorId || null,
    subEventType: d.subEventType || null, credibility: numberOf(d.credibility), figures: d.figures.map(figureInput),
  };
}

/**
 * Which of the given fields differ between two drafts of one thing (what the curator read, and what
 * is stored now): what a stale edit is explained with.
 */
export function changedFields<T extends object, K extends keyof T>(read: T, current: T, keys: readonly K[]): K[] {
  return keys.filter((key) => JSON.stringify(read[key]) !== JSON.stringify(current[key]));
}

/** A draft's value as a person reads it, for the fields a stale edit lists. */
export function shown(value: unknown): string {
  if (value == null || value === '') return '(empty)';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) {
    return value.length === 0 ? '(none)' : value.map((v) => (typeof v === 'object' && v && 'name' in v ? String(v.name)
      : typeof v === 'object' && v && 'title' in v ? String(v.title) : shown(v))).join(', ');
  }
  if (typeof value === 'object') {
    if ('best' in value) return shown((value as EstimateDraft).best);
    if ('group' in value) {
      const f = value as FigureDraft;
      return `${f.group} ${f.personnel}: ${f.killed.best || '–'} killed, ${f.injured.best || '–'} injured`.replace(' :', ':');
    }
    return JSON.stringify(value);
  }
  return String(value);
}

/**
 * The draft to save over a newer stored version, keeping the curator's own edits only: each field
 * the curator changed since reading keeps their value, every other field takes the newer stored one
 * (a save replaces the whole record, so the read value would undo someone else's change).
 */
export function rebase<T extends { version: number | null }>(read: T, draft: T, newer: T): T {
  const rebased = { ...newer };
  for (const key of Object.keys(draft) as Array<keyof T>) {
    if (key !== 'version' && JSON.stringify(draft[key]) !== JSON.stringify(read[key])) {
      rebased[key] = draft[key];
    }
  }
  return rebased;
}
