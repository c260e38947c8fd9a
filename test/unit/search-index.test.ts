import { describe, expect, it } from 'vitest';
import { indexChunkSize } from '../../src/pipeline/search-index.ts';

describe('Pagefind index chunk size', () => {
  it('grows with the square root of the pages of a language, and is never below 1,000 word locations', () => {
    expect(indexChunkSize(0)).toBe(1000);
    expect(indexChunkSize(100)).toBe(1000);
    expect(indexChunkSize(400)).toBe(2000);
    expect(indexChunkSize(2500)).toBe(5000);
  });
});
