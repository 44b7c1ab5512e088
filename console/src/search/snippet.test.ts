import { describe, expect, it } from 'vitest';
import { snippetParts } from './snippet';

describe('search snippets', () => {
  it('mark the matches and keep the rest as text', () => {
    expect(snippetParts('the <mark>CSTO</mark> Secretariat … <mark>border</mark>')).toEqual([
      { text: 'the ', marked: false },
      { text: 'CSTO', marked: true },
      { text: ' Secretariat … ', marked: false },
      { text: 'border', marked: true },
    ]);
  });

  it('turn escaped characters back into text, never into markup', () => {
    expect(snippetParts('&lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>&quot;x&quot;</mark>')).toEqual([
      { text: '<script>alert(1)</script> & ', marked: false },
      { text: '"x"', marked: true },
    ]);
  });
});
