import { describe, expect, it } from 'vitest';
import { verdictOf } from './verdicts';

const fields = [
  { field: 'INITIATOR' as const, agree: false, values: [{ claimIds: ['az'] }, { claimIds: ['am'] }] },
  { field: 'KILLED' as const, group: 'SIDE_A' as const, agree: true, values: [{ claimIds: ['az', 'un'] }] },
  { field: 'INJURED' as const, group: 'SIDE_B' as const, agree: true, values: [{ claimIds: ['am'] }] },
];

describe('verdicts on claims side by side', () => {
  it('mark a field the claims disagree on as contested for each claim stating it', () => {
    expect(verdictOf(fields, 'az', 'INITIATOR')).toBe('contested');
    expect(verdictOf(fields, 'am', 'INITIATOR')).toBe('contested');
  });

  it('show agreeing figures as agreeing, within their scope only', () => {
    expect(verdictOf(fields, 'az', 'KILLED', 'SIDE_A')).toBe('agrees');
    expect(verdictOf(fields, 'un', 'KILLED', 'SIDE_A')).toBe('agrees');
    expect(verdictOf(fields, 'az', 'KILLED', 'SIDE_B')).toBe('unstated');
  });

  it('say when a claim is the only one that states a figure, rather than that it agrees', () => {
    expect(verdictOf(fields, 'am', 'INJURED', 'SIDE_B')).toBe('sole');
  });

  it('leave a claim that is silent on a field out of the comparison', () => {
    expect(verdictOf(fields, 'am', 'KILLED', 'SIDE_A')).toBe('unstated');
    expect(verdictOf(null, 'am', 'SUB_EVENT_TYPE')).toBe('unstated');
  });
});
