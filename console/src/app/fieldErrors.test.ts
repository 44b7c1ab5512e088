import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { fieldErrors } from './fieldErrors';

const invalid = (field: string, message: string) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'Invalid request', extensions: { code: 'BAD_USER_INPUT', invalidFields: [{ field, message }] } }] });

describe('field errors', () => {
  it('put each invalid field the gateway names at its form field', () => {
    expect(fieldErrors(invalid('input.summary', 'must not be blank'), ['summary'])).toEqual({ summary: 'must not be blank' });
  });

  it('say a field the form does not show, and errors without fields, for the whole form', () => {
    expect(fieldErrors(invalid('publishedAt', 'must not be null'), ['publishedOn'])).toEqual({ form: 'publishedAt: must not be null' });
    const conflict = new CombinedGraphQLErrors({ errors: [{ message: 'The event changed since you read it', extensions: { code: 'CONFLICT' } }] });
    expect(fieldErrors(conflict)).toEqual({ form: 'The event changed since you read it' });
    expect(fieldErrors(new Error('offline'))).toEqual({ form: 'offline' });
  });
});
