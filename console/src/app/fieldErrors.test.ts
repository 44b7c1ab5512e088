import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { fieldErrors } from './fieldErrors';

const invalid = (field: string, message: string) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'Invalid request', extensions: { code: 'BAD_USER_INPUT', invalidFields: [{ field, message }] } }] });

describe('field errors', () => {
  it('put each invalid field the gateway names at its form field', () => {
    expect(fieldErrors(invalid('input.summary', 'must not be blank'), ['summary'])).toEqual({ summary: 'must not be blank' });
  });

  it('tell apart fields of the same name by their path, the longest path the form has winning', () => {
    const fields = ['killed.best', 'injured.best', 'latitude', 'casualties[0].killed.best'];
    expect(fieldErrors(invalid('input.injured.best', 'must be at least 0'), fields)).toEqual({ 'injured.best': 'must be at least 0' });
    expect(fieldErrors(invalid('location.latitude', 'must be at most 90'), fields)).toEqual({ latitude: 'must be at most 90' });
    expect(fieldErrors(invalid('casualties[0].killed.best', 'too many'), fields)).toEqual({ 'casualties[0].killed.best': 'too many' });
    // A path segment must match whole: "best" is no suffix of "killed.highest".
    expect(fieldErrors(invalid('killed.highest', 'bad'), ['best'])).toEqual({ form: 'killed.highest: bad' });
  });

  it('say a field the form does not show, and errors without fields, for the whole form', () => {
    expect(fieldErrors(invalid('publishedAt', 'must not be null'), ['publishedOn'])).toEqual({ form: 'publishedAt: must not be null' });
    const conflict = new CombinedGraphQLErrors({ errors: [{ message: 'The event changed since you read it', extensions: { code: 'CONFLICT' } }] });
    expect(fieldErrors(conflict)).toEqual({ form: 'The event changed since you read it' });
    expect(fieldErrors(new Error('offline'))).toEqual({ form: 'offline' });
  });
});
